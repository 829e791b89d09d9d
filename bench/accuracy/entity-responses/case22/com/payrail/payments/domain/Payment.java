package com.payrail.payments.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import java.math.BigDecimal;

@Entity
public class Payment {

    @Id
    @GeneratedValue
    private Long id;

    private String payerIban;

    private String payeeIban;

    private BigDecimal amount;

    private String currency;

    private String cardToken;

    private String state;

    public static Payment pending(String payerIban, String payeeIban, BigDecimal amount, String currency,
                                  String cardToken) {
        Payment p = new Payment();
        p.payerIban = payerIban;
        p.payeeIban = payeeIban;
        p.amount = amount;
        p.currency = currency;
        p.cardToken = cardToken;
        p.state = "PENDING";
        return p;
    }

    public Long getId() {
        return id;
    }

    public String getPayerIban() {
        return payerIban;
    }

    public String getPayeeIban() {
        return payeeIban;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public String getCardToken() {
        return cardToken;
    }

    public String getState() {
        return state;
    }
}
