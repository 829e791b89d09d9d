package com.quayside.orders.audit;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OrderHistoryController {

    private final AuditTrail auditTrail;

    public OrderHistoryController(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
    }

    @GetMapping("/admin/orders/{id}/history")
    public List<AuditEvent> history(@PathVariable Long id) {
        return auditTrail.historyOf("PurchaseOrder", id);
    }
}
