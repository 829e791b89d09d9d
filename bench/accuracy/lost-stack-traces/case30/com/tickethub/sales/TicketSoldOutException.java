package com.tickethub.sales;

public class TicketSoldOutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TicketSoldOutException(String eventName, String category) {
        super("No " + category + " tickets left for " + eventName);
    }
}
