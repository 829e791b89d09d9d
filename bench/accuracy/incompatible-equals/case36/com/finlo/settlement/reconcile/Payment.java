package com.finlo.settlement.reconcile;

import java.math.BigDecimal;
import java.time.Instant;

public class Payment {

    private final long id;
    private final Long orderId;
    private final BigDecimal amount;
    private final Instant capturedAt;
    private boolean settled;

    public Payment(long id, Long orderId, BigDecimal amount, Instant capturedAt) {
        this.id = id;
        this.orderId = orderId;
        this.amount = amount;
        this.capturedAt = capturedAt;
    }

    public long getId() {
        return id;
    }

    public Long getOrderId() {
        return orderId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Instant getCapturedAt() {
        return capturedAt;
    }

    public boolean isSettled() {
        return settled;
    }

    public void markSettled() {
        this.settled = true;
    }
}
