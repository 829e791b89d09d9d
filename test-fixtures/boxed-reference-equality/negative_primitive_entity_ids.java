// A legacy JPA entity with primitive long/int columns compared with boxed Long/Integer values (including CustomerAccount ids of another file), so Java unboxes and compares numerically.
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.springframework.stereotype.Service;

@Entity
@Table(name = "legacy_tickets")
class LegacyTicket {

    @Id
    private long id;

    private int priority;

    private long assigneeId;

    protected LegacyTicket() {
    }

    public long getId() {
        return id;
    }

    public int getPriority() {
        return priority;
    }

    public long getAssigneeId() {
        return assigneeId;
    }
}

@Service
class TicketAssignmentService {

    public boolean assignedTo(LegacyTicket ticket, Long userId) {
        return ticket.getAssigneeId() == userId;
    }

    public boolean samePriority(LegacyTicket ticket, Integer priority) {
        return priority == ticket.getPriority();
    }

    public boolean otherTicket(LegacyTicket ticket, Long ticketId) {
        return ticketId != ticket.getId();
    }

    public boolean assignedToCustomer(LegacyTicket ticket, CustomerAccount customer) {
        return ticket.getAssigneeId() == customer.getId();
    }
}
