package eval5.case05;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class AuditViewController {

    private final AuditViewService auditViewService;

    public AuditViewController(AuditViewService auditViewService) {
        this.auditViewService = auditViewService;
    }

    @GetMapping("/api/admin/audit")
    public List<Map<String, Object>> entries(
            @CookieValue(name = "audit_scope", required = false) String scope,
            @RequestParam String actor) {
        return auditViewService.entries(scope, actor);
    }
}
