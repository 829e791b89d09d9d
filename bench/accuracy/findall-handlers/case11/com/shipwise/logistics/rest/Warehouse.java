package com.shipwise.logistics.rest;

import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Warehouse {

    @Id
    private String code;

    private String region;

    private String city;

    private int dockCount;

    protected Warehouse() {
    }

    public String getCode() {
        return code;
    }

    public String getRegion() {
        return region;
    }

    public String getCity() {
        return city;
    }

    public int getDockCount() {
        return dockCount;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Warehouse other && Objects.equals(code, other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
