package com.parcelwise.fulfilment.allocation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Warehouse {

    @Id
    private Long id;

    @Column(nullable = false, unique = true, length = 8)
    private String code;

    @Column(nullable = false)
    private String countryCode;

    private boolean active;

    protected Warehouse() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public boolean isActive() {
        return active;
    }
}
