// Ticket import handlers that return saveAll(..) of the request's own rows and findAllById(..) of the request's ids, which are bounded by the request, not by the table.
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

record NewTicket(String subject, String assignee, TicketPriority priority) {
}

@RestController
@RequestMapping("/api/tickets/import")
class TicketImportController {

    private final TicketRepository ticketRepository;

    TicketImportController(TicketRepository ticketRepository) {
        this.ticketRepository = ticketRepository;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public List<TicketView> importTickets(@RequestBody List<NewTicket> batch) {
        var entities = batch.stream()
                .map(t -> new Ticket(t.subject(), t.assignee(), t.priority()))
                .toList();
        return ticketRepository.saveAll(entities).stream().map(TicketView::of).toList();
    }

    @PostMapping("/lookup")
    public List<TicketView> lookup(@RequestBody List<Long> ids) {
        return ticketRepository.findAllById(ids).stream().map(TicketView::of).toList();
    }
}
