package com.ticketdesk.support.history;

public enum TicketStatus {
    NEW,
    OPEN,
    WAITING_ON_CUSTOMER,
    ESCALATED,
    RESOLVED,
    CLOSED
}
