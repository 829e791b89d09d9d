package eval5.case55;

import java.util.List;

import org.springframework.stereotype.Service;

@Service
public class TicketQueryService {

    private static final int PAGE_SIZE = 25;

    private final TicketRepository ticketRepository;

    public TicketQueryService(TicketRepository ticketRepository) {
        this.ticketRepository = ticketRepository;
    }

    public List<TicketRepository.TicketRow> search(TicketSearchForm form) {
        String status = form.status() == null ? "OPEN" : form.status();
        int offset = (form.pageOrFirst() - 1) * PAGE_SIZE;
        return ticketRepository.find(status, form, offset, PAGE_SIZE);
    }
}
