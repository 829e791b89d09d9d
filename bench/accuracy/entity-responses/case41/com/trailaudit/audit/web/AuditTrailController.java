package com.trailaudit.audit.web;

import com.trailaudit.audit.store.AuditEntry;
import com.trailaudit.audit.store.AuditEntryRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

@RestController
@RequestMapping("/audit")
public class AuditTrailController {

    public record AuditEntryDto(String actor, String action, String target, Instant occurredAt) {

        static AuditEntryDto of(AuditEntry entry) {
            return new AuditEntryDto(entry.getActor(), entry.getAction(), entry.getTarget(), entry.getOccurredAt());
        }
    }

    private final AuditEntryRepository entries;

    public AuditTrailController(AuditEntryRepository entries) {
        this.entries = entries;
    }

    @GetMapping("/entries")
    public Slice<AuditEntryDto> entries(@RequestParam String actor,
                                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant since,
                                        @RequestParam(defaultValue = "0") int page) {
        var request = PageRequest.of(page, 100, Sort.by(Sort.Direction.DESC, "occurredAt"));
        Slice<AuditEntry> slice = entries.findByActorAndOccurredAtAfter(actor, since, request);
        return slice.map(AuditEntryDto::of);
    }
}
