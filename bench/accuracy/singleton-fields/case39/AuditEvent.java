// Security audit event as stored in the "security_audit" table.
package singletons.case39;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "security_audit")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String principal;

    @Column(nullable = false)
    private String action;

    private String target;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected AuditEvent() {
    }

    public AuditEvent(String principal, String action, String target, Instant occurredAt) {
        this.principal = principal;
        this.action = action;
        this.target = target;
        this.occurredAt = occurredAt;
    }

    public Long getId() { return id; }
    public String getPrincipal() { return principal; }
    public String getAction() { return action; }
    public String getTarget() { return target; }
    public Instant getOccurredAt() { return occurredAt; }
}
