package com.queuewise.support;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class TicketOrdering {

    /** Picks the ticket an agent should handle next. */
    public Ticket next(List<Ticket> waiting) {
        Ticket best = null;
        for (Ticket candidate : waiting) {
            if (best == null || outranks(candidate, best)) {
                best = candidate;
            }
        }
        return best;
    }

    private static boolean outranks(Ticket a, Ticket b) {
        if (a.escalationLevel() > b.escalationLevel()) {
            return true;
        }
        if (a.escalationLevel() < b.escalationLevel()) {
            return false;
        }
        if (a.priority() >= b.priority() + 1) {
            return true;
        }
        return a.priority() >= b.priority() && a.openedAt().isBefore(b.openedAt());
    }

    public List<Ticket> sorted(List<Ticket> waiting) {
        return waiting.stream()
                .sorted(Comparator.comparing(Ticket::escalationLevel).reversed()
                        .thenComparing(Ticket::priority, Comparator.reverseOrder())
                        .thenComparing(Ticket::openedAt))
                .toList();
    }
}
