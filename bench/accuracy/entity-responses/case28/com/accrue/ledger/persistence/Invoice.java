package com.accrue.ledger.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(name = "ledger_invoice")
public class Invoice {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false)
    private String customerNo;

    @Column(nullable = false, unique = true)
    private String number;

    private LocalDate issueDate;

    private BigDecimal netAmount;

    private BigDecimal taxAmount;

    private String currency;

    private String paymentLinkToken;

    public Long getId() {
        return id;
    }

    public String getCustomerNo() {
        return customerNo;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public BigDecimal getNetAmount() {
        return netAmount;
    }

    public BigDecimal getTaxAmount() {
        return taxAmount;
    }

    public String getCurrency() {
        return currency;
    }

    public String getPaymentLinkToken() {
        return paymentLinkToken;
    }
}
