package com.vaultline.security.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/admin/audit")
public class AuditLogController {

    private final AuditEventRepository auditEventRepository;

    public AuditLogController(AuditEventRepository auditEventRepository) {
        this.auditEventRepository = auditEventRepository;
    }

    public record AuditLine(Instant at, String actor, String action, String target) {
    }

    @GetMapping("/recent")
    public List<AuditLine> recent() {
        return auditEventRepository.findTop20ByOrderByCreatedAtDesc().stream()
                .map(e -> new AuditLine(e.getCreatedAt(), e.getActor(), e.getAction(), e.getTarget()))
                .toList();
    }
}
