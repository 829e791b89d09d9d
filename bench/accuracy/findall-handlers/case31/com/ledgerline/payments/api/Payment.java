package com.ledgerline.payments.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Payment {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, unique = true)
    private String reference;

    @Column(precision = 19, scale = 4)
    private BigDecimal amount;

    private String currency;

    private boolean settled;

    private OffsetDateTime receivedAt;

    protected Payment() {
    }

    public String getReference() {
        return reference;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public boolean isSettled() {
        return settled;
    }

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }
}
