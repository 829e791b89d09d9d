package com.acme.audit.web;

import com.acme.audit.query.AuditEntry;
import com.acme.audit.query.AuditQueryService;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class AuditTrailController {

    private final AuditQueryService audit;

    public AuditTrailController(AuditQueryService audit) {
        this.audit = audit;
    }

    @GetMapping("/api/accounts/{accountId}/audit")
    public List<AuditEntry> trail(@PathVariable String accountId,
                                  @RequestHeader(name = "X-Since-Epoch", required = false) String sinceHeader) {
        Instant since = Instant.now().minus(30, ChronoUnit.DAYS);
        if (sinceHeader != null) {
            try {
                since = Instant.ofEpochSecond(Long.parseLong(sinceHeader.trim()));
            } catch (NumberFormatException ignored) {
            }
        }
        return audit.entriesSince(accountId, since);
    }
}
