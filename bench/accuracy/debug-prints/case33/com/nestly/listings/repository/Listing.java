package com.nestly.listings.repository;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "listings")
public class Listing {

    @Id
    @GeneratedValue
    private Long id;

    private String title;
    private String city;
    private int bedrooms;
    private BigDecimal monthlyRent;
    private boolean active;
    private Instant listedAt;

    protected Listing() {
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getCity() {
        return city;
    }

    public int getBedrooms() {
        return bedrooms;
    }

    public BigDecimal getMonthlyRent() {
        return monthlyRent;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getListedAt() {
        return listedAt;
    }
}
