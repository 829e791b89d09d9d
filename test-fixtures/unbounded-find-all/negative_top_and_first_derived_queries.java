// An audit-log controller whose derived queries are bounded by Top or First in their names (findTop20ByOrderByCreatedAtDesc, findFirst10By…, findFirstBy… returning Optional).
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Entity
@Table(name = "audit_events")
class AuditEvent {

    @Id
    @GeneratedValue
    private Long id;

    private String actor;

    private String type;

    private String details;

    private Instant createdAt;

    protected AuditEvent() {
    }

    public Long getId() {
        return id;
    }

    public String getActor() {
        return actor;
    }

    public String getType() {
        return type;
    }

    public String getDetails() {
        return details;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findTop20ByOrderByCreatedAtDesc();

    List<AuditEvent> findFirst10ByActorOrderByCreatedAtDesc(String actor);

    List<AuditEvent> findTop5ByTypeAndActorOrderByCreatedAtDesc(String type, String actor);

    Optional<AuditEvent> findFirstByActorOrderByCreatedAtDesc(String actor);

    List<AuditEvent> findByActorOrderByCreatedAtDesc(String actor);
}

record AuditLine(Instant at, String actor, String type) {

    static AuditLine of(AuditEvent event) {
        return new AuditLine(event.getCreatedAt(), event.getActor(), event.getType());
    }
}

@RestController
@RequestMapping("/api/audit")
class RecentAuditController {

    private final AuditEventRepository auditEvents;

    RecentAuditController(AuditEventRepository auditEvents) {
        this.auditEvents = auditEvents;
    }

    @GetMapping("/recent")
    public List<AuditLine> recent() {
        return auditEvents.findTop20ByOrderByCreatedAtDesc().stream().map(AuditLine::of).toList();
    }

    @GetMapping("/actors/{actor}")
    public List<AuditEvent> byActor(@PathVariable String actor) {
        return auditEvents.findFirst10ByActorOrderByCreatedAtDesc(actor);
    }

    @GetMapping("/actors/{actor}/logins")
    public List<AuditEvent> logins(@PathVariable String actor) {
        return auditEvents.findTop5ByTypeAndActorOrderByCreatedAtDesc("LOGIN", actor);
    }

    @GetMapping("/actors/{actor}/last")
    public ResponseEntity<AuditLine> last(@PathVariable String actor) {
        return ResponseEntity.of(auditEvents.findFirstByActorOrderByCreatedAtDesc(actor).map(AuditLine::of));
    }
}
