// Spring Data repository calls that never return null: getReferenceById, getById, findById(..).orElseThrow(), finders returning Optional or List, inherited save, and an entity finder whose result is checked.
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@Entity
class SupportTicket {
    @Id
    Long id;
    String subject;
    String status;

    Long getId() {
        return id;
    }

    String getSubject() {
        return subject;
    }

    String getStatus() {
        return status;
    }
}

interface SupportTicketRepository extends JpaRepository<SupportTicket, Long> {

    Optional<SupportTicket> findByExternalReference(String reference);

    List<SupportTicket> findByStatus(String status);

    SupportTicket findFirstBySubjectIgnoreCase(String subject);

    boolean existsBySubject(String subject);

    @SuppressWarnings("rawtypes")
    List findByAssignee(String assignee);
}

@RestController
class SupportTicketController {

    private final SupportTicketRepository tickets;

    SupportTicketController(SupportTicketRepository tickets) {
        this.tickets = tickets;
    }

    @GetMapping("/tickets/{id}/subject")
    String subject(@PathVariable long id) {
        return tickets.getReferenceById(id).getSubject().trim();
    }

    @GetMapping("/tickets/{id}/status")
    String status(@PathVariable long id) {
        return tickets.getById(id).getStatus().toLowerCase();
    }

    @GetMapping("/tickets/{id}")
    String describe(@PathVariable long id) {
        SupportTicket ticket = tickets.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ticket.getSubject().strip();
    }

    @GetMapping("/tickets/by-reference")
    Long byReference(@RequestParam String reference) {
        return tickets.findByExternalReference(reference).map(SupportTicket::getId).orElse(-1L);
    }

    @GetMapping("/tickets/assigned")
    int assignedCount(@RequestParam String assignee) {
        return tickets.findByAssignee(assignee).size();
    }

    @GetMapping("/tickets/open")
    int openCount() {
        return tickets.findByStatus("OPEN").size();
    }

    @GetMapping("/tickets/by-subject")
    Long bySubject(@RequestParam String subject) {
        SupportTicket ticket = tickets.findFirstBySubjectIgnoreCase(subject);
        if (ticket == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no ticket about " + subject);
        }
        return ticket.getId();
    }

    @PostMapping("/tickets")
    Long create(@RequestParam String subject) {
        SupportTicket ticket = new SupportTicket();
        ticket.subject = subject;
        return tickets.save(ticket).getId();
    }
}
