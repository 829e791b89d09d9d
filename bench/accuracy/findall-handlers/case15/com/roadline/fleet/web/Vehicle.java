package com.roadline.fleet.web;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "vehicle")
public class Vehicle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 17)
    private String vin;

    private String plate;

    private String model;

    private LocalDate nextInspection;

    protected Vehicle() {
    }

    public Long getId() {
        return id;
    }

    public String getVin() {
        return vin;
    }

    public String getPlate() {
        return plate;
    }

    public String getModel() {
        return model;
    }

    public LocalDate getNextInspection() {
        return nextInspection;
    }
}
