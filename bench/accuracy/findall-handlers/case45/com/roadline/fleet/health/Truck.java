package com.roadline.fleet.health;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Truck {

    @Id
    @GeneratedValue
    private Long id;

    private String plate;

    private LocalDate nextInspection;

    protected Truck() {
    }

    public String getPlate() {
        return plate;
    }

    public LocalDate getNextInspection() {
        return nextInspection;
    }
}
