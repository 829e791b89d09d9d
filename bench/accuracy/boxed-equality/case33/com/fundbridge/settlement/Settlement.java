package com.fundbridge.settlement;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Settlement {

    @Id
    private String reference;

    private Long grossCents;

    private Long feeCents;

    private Long netCents;

    private String state;

    public String getReference() {
        return reference;
    }

    public Long getGrossCents() {
        return grossCents;
    }

    public Long getFeeCents() {
        return feeCents;
    }

    public Long getNetCents() {
        return netCents;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }
}
