package com.ledgerline.billing.reminders;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Invoice {

    @Id
    @GeneratedValue
    private Long id;

    private String number;

    private BigDecimal amountDue;

    private LocalDate dueDate;

    private boolean paid;

    private LocalDate lastReminder;

    private int reminderCount;

    protected Invoice() {
    }

    public void recordReminder(LocalDate day) {
        this.lastReminder = day;
        this.reminderCount++;
    }

    public String getNumber() {
        return number;
    }

    public BigDecimal getAmountDue() {
        return amountDue;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public boolean isPaid() {
        return paid;
    }

    public int getReminderCount() {
        return reminderCount;
    }
}
