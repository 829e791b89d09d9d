// Equality between related types: Timestamp vs Date, an entity base class vs its subclass, a sealed interface vs a record implementing it.
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

abstract class AuditedEntity {

    private Instant createdAt = Instant.now();

    Instant getCreatedAt() {
        return createdAt;
    }
}

class SupportTicket extends AuditedEntity {

    private final String subject;

    SupportTicket(String subject) {
        this.subject = subject;
    }

    String getSubject() {
        return subject;
    }
}

sealed interface RefundReason permits DamagedItem, LateDelivery {
}

record DamagedItem(String note) implements RefundReason {
}

record LateDelivery(int daysLate) implements RefundReason {
}

@Service
class RefundPolicyService {

    private final Map<AuditedEntity, Instant> touched = new ConcurrentHashMap<>();

    boolean sameInstant(Date created, Timestamp stored) {
        return created.equals(stored);
    }

    boolean sameTicket(AuditedEntity entity, SupportTicket ticket) {
        return entity.equals(ticket);
    }

    boolean isDamage(RefundReason reason, DamagedItem damage) {
        return reason.equals(damage);
    }

    boolean isThreeDaysLate(List<RefundReason> reasons) {
        return reasons.contains(new LateDelivery(3));
    }

    Instant lastTouched(SupportTicket ticket) {
        return touched.get(ticket);
    }
}
