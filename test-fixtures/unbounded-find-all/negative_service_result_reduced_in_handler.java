// A ticket-stats handler that calls a service returning findByStatus(..) but only sends the size and a priority count, never the list itself.
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

record TicketStats(int open, long urgent) {
}

@Service
class TicketStatsService {

    private final TicketRepository ticketRepository;

    TicketStatsService(TicketRepository ticketRepository) {
        this.ticketRepository = ticketRepository;
    }

    public List<Ticket> openTickets() {
        return ticketRepository.findByStatus("OPEN");
    }
}

@RestController
class TicketStatsController {

    private final TicketStatsService statsService;

    TicketStatsController(TicketStatsService statsService) {
        this.statsService = statsService;
    }

    @GetMapping("/api/tickets/stats")
    public TicketStats stats() {
        var open = statsService.openTickets();
        long urgent = open.stream().filter(t -> t.getPriority() == TicketPriority.URGENT).count();
        return new TicketStats(open.size(), urgent);
    }
}
