package stars.case19;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "support_tickets")
public class Ticket {
    @Id
    private Long id;
    private Long assigneeId;
    private String status;

    public Long getId() { return id; }
    public Long getAssigneeId() { return assigneeId; }
    public String getStatus() { return status; }
}
