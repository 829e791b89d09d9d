package com.ticketdesk.support.history;

import java.time.Instant;

public record StatusChange(long ticketId, TicketStatus status, String changedBy, Instant changedAt) {
}
