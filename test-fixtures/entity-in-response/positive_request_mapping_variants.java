// Ticket handlers mapped with @PatchMapping, @DeleteMapping, @PutMapping and @RequestMapping(method = POST) that return the changed SupportTicket entity declared here.
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

enum TicketPriority { LOW, NORMAL, HIGH, URGENT }

@Entity
class SupportTicket {

    @Id
    @GeneratedValue
    private Long id;
    private String subject;

    @Enumerated(EnumType.STRING)
    private TicketPriority priority = TicketPriority.NORMAL;

    private boolean closed;

    @ManyToOne
    private Customer requester;

    public Long getId() { return id; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public TicketPriority getPriority() { return priority; }
    public void setPriority(TicketPriority priority) { this.priority = priority; }
    public boolean isClosed() { return closed; }
    public void setClosed(boolean closed) { this.closed = closed; }
    public Customer getRequester() { return requester; }
}

interface SupportTicketRepository extends JpaRepository<SupportTicket, Long> {
}

record TicketSubjectChange(String subject) {
}

@RestController
@RequestMapping("/api/tickets")
class SupportTicketController {

    private final SupportTicketRepository tickets;

    SupportTicketController(SupportTicketRepository tickets) {
        this.tickets = tickets;
    }

    @PatchMapping("/{id}")
    public SupportTicket changePriority(@PathVariable Long id, @RequestParam TicketPriority priority) { // expect: entity-in-response "`SupportTicket`"
        var ticket = tickets.findById(id).orElseThrow();
        ticket.setPriority(priority);
        return tickets.save(ticket);
    }

    @PutMapping("/{id}/subject")
    public ResponseEntity<SupportTicket> rename(@PathVariable Long id, @RequestBody TicketSubjectChange change) { // expect: entity-in-response "`SupportTicket`"
        return tickets.findById(id)
                .map(ticket -> {
                    ticket.setSubject(change.subject());
                    return ResponseEntity.ok(tickets.save(ticket));
                })
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @RequestMapping(path = "/{id}/reopen", method = RequestMethod.POST)
    public SupportTicket reopen(@PathVariable Long id) { // expect: entity-in-response "`SupportTicket`"
        var ticket = tickets.findById(id).orElseThrow();
        ticket.setClosed(false);
        return tickets.save(ticket);
    }

    @DeleteMapping("/{id}")
    public SupportTicket close(@PathVariable Long id) { // expect: entity-in-response "`SupportTicket`"
        var ticket = tickets.findById(id).orElseThrow();
        ticket.setClosed(true);
        return tickets.save(ticket);
    }
}
