package com.helpline.support.tickets;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tickets")
public class TicketController {

    private final TicketRepository ticketRepository;

    public TicketController(TicketRepository ticketRepository) {
        this.ticketRepository = ticketRepository;
    }

    public record TicketSummary(long id, String subject, String priority, Instant openedAt) {
        static TicketSummary of(Ticket ticket) {
            return new TicketSummary(ticket.getId(), ticket.getSubject(),
                    ticket.getPriority().name(), ticket.getOpenedAt());
        }
    }

    @GetMapping("/open")
    public List<TicketSummary> openTickets(@RequestParam("assignee") String assignee) {
        String login = assignee.strip().toLowerCase();
        var tickets = ticketRepository.findByAssigneeAndStatus(login, Ticket.Status.OPEN);
        return tickets.stream()
                .map(TicketSummary::of)
                .toList();
    }
}
