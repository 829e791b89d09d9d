package com.helpdeskly.support.web;

import com.helpdeskly.support.ticket.SupportTicket;
import com.helpdeskly.support.ticket.SupportTicketRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/tickets")
public class TicketPageController {

    private final SupportTicketRepository tickets;

    public TicketPageController(SupportTicketRepository tickets) {
        this.tickets = tickets;
    }

    @GetMapping("/{id}")
    public SupportTicket detail(@PathVariable long id) {
        return tickets.findById(id).orElseThrow(() -> new IllegalArgumentException("Unknown ticket " + id));
    }

    @GetMapping("/new")
    public String newTicket(Model model) {
        model.addAttribute("ticket", new SupportTicket());
        return "tickets/edit";
    }

    @PostMapping
    public String create(@ModelAttribute("ticket") SupportTicket ticket) {
        SupportTicket saved = tickets.save(ticket);
        return "redirect:/tickets/" + saved.getId();
    }
}
