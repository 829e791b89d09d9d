package com.ledgerly.billing.reminders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
public class Invoice {

    public enum State { DRAFT, SENT, PAID, VOID }

    @Id
    private String number;

    @Column(nullable = false)
    private String customerEmail;

    @Column(nullable = false)
    private BigDecimal amountDue;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private State state;

    protected Invoice() {
    }

    public String getNumber() {
        return number;
    }

    public String getCustomerEmail() {
        return customerEmail;
    }

    public BigDecimal getAmountDue() {
        return amountDue;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public State getState() {
        return state;
    }
}
