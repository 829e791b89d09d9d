package com.helpline.support.tickets;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface TicketRepository extends ListCrudRepository<Ticket, Long> {

    List<Ticket> findByAssigneeAndStatus(String assignee, Ticket.Status status);

    long countByStatus(Ticket.Status status);
}
