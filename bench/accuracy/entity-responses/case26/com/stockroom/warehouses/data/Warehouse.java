package com.stockroom.warehouses.data;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Warehouse {

    @Id
    private String code;

    private String name;

    private String city;

    private int totalSlots;

    private int occupiedSlots;

    private String managerEmail;

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCity() {
        return city;
    }

    public int getTotalSlots() {
        return totalSlots;
    }

    public int getOccupiedSlots() {
        return occupiedSlots;
    }

    public String getManagerEmail() {
        return managerEmail;
    }
}
