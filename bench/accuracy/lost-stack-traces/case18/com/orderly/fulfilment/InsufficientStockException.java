package com.orderly.fulfilment;

public class InsufficientStockException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String sku;
    private final int requested;

    public InsufficientStockException(String sku, int requested) {
        super("Not enough stock of " + sku + " to reserve " + requested);
        this.sku = sku;
        this.requested = requested;
    }

    public String getSku() {
        return sku;
    }

    public int getRequested() {
        return requested;
    }
}
