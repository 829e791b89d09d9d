package com.insurely.policies;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Policy {

    public enum Status { QUOTED, ACTIVE, LAPSED, CANCELLED }

    @Id
    @GeneratedValue
    private Long id;

    @Column(unique = true, nullable = false)
    private String number;

    private String product;
    private String holderName;
    private LocalDate startsOn;

    @Enumerated(EnumType.STRING)
    private Status status;

    protected Policy() {
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getProduct() {
        return product;
    }

    public String getHolderName() {
        return holderName;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public Status getStatus() {
        return status;
    }
}
