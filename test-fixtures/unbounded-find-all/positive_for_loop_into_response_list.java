// Helpdesk handlers that iterate findAll() and an unbounded derived query in for loops, adding a view of each ticket to the returned list.
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

enum TicketPriority { LOW, NORMAL, HIGH, URGENT }

@Entity
@Table(name = "tickets")
class Ticket {

    @Id
    @GeneratedValue
    private Long id;

    private String subject;

    private String assignee;

    private String status;

    @Enumerated(EnumType.STRING)
    private TicketPriority priority;

    private Instant openedAt;

    protected Ticket() {
    }

    Ticket(String subject, String assignee, TicketPriority priority) {
        this.subject = subject;
        this.assignee = assignee;
        this.priority = priority;
        this.status = "OPEN";
        this.openedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public String getAssignee() {
        return assignee;
    }

    public String getStatus() {
        return status;
    }

    public TicketPriority getPriority() {
        return priority;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }
}

interface TicketRepository extends JpaRepository<Ticket, Long> {

    List<Ticket> findByAssignee(String assignee);

    List<Ticket> findByStatus(String status);
}

record TicketView(Long id, String subject, String priority, boolean urgent) {

    static TicketView of(Ticket ticket) {
        return new TicketView(ticket.getId(), ticket.getSubject(), ticket.getPriority().name(),
                switch (ticket.getPriority()) {
                    case HIGH, URGENT -> true;
                    case LOW, NORMAL -> false;
                });
    }
}

@RestController
@RequestMapping("/api/tickets")
class TicketController {

    private final TicketRepository ticketRepository;

    TicketController(TicketRepository ticketRepository) {
        this.ticketRepository = ticketRepository;
    }

    @GetMapping("/assignee/{user}")
    public List<TicketView> assignedTo(@PathVariable String user) {
        List<TicketView> views = new ArrayList<>();
        for (Ticket ticket : ticketRepository.findByAssignee(user)) { // expect: unbounded-find-all "`findByAssignee`"
            views.add(TicketView.of(ticket));
        }
        return views;
    }

    @GetMapping
    public List<TicketView> all() {
        var tickets = ticketRepository.findAll(); // expect: unbounded-find-all "`findAll`"
        var result = new ArrayList<TicketView>(tickets.size());
        for (var ticket : tickets) {
            if (!"DELETED".equals(ticket.getStatus())) {
                result.add(TicketView.of(ticket));
            }
        }
        return result;
    }
}
