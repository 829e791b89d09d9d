package eval5.case55;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

@Controller
public class TicketSearchController {

    private final TicketQueryService ticketQueryService;

    public TicketSearchController(TicketQueryService ticketQueryService) {
        this.ticketQueryService = ticketQueryService;
    }

    @GetMapping("/support/tickets")
    public String search(@ModelAttribute("form") TicketSearchForm form, Model model) {
        List<TicketRepository.TicketRow> tickets = ticketQueryService.search(form);
        model.addAttribute("tickets", tickets);
        return "support/tickets";
    }
}
