// An audit handler returning findByActorOrderByCreatedAtDesc(..): ordered, but with no Top/First, Pageable or Limit; the bounded findTop20… sibling is not reported.
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/audit/history")
class AuditHistoryController {

    private final AuditEventRepository auditEventRepository;

    AuditHistoryController(AuditEventRepository auditEventRepository) {
        this.auditEventRepository = auditEventRepository;
    }

    @GetMapping("/{actor}")
    public List<AuditLine> history(@PathVariable String actor) {
        return auditEventRepository.findByActorOrderByCreatedAtDesc(actor).stream().map(AuditLine::of).toList(); // expect: unbounded-find-all "`findByActorOrderByCreatedAtDesc`"
    }

    @GetMapping("/latest")
    public List<AuditLine> latest() {
        return auditEventRepository.findTop20ByOrderByCreatedAtDesc().stream().map(AuditLine::of).toList();
    }
}
