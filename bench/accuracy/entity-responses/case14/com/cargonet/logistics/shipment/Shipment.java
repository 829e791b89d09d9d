package com.cargonet.logistics.shipment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Shipment {

    public enum State { BOOKED, IN_TRANSIT, DELIVERED, CANCELLED }

    @Id
    @GeneratedValue
    private Long id;

    private String origin;

    private String destination;

    private double weightKg;

    @Enumerated(EnumType.STRING)
    private State state = State.BOOKED;

    protected Shipment() {
    }

    public Shipment(String origin, String destination, double weightKg) {
        this.origin = origin;
        this.destination = destination;
        this.weightKg = weightKg;
    }

    public void cancel() {
        if (state == State.DELIVERED) {
            throw new IllegalStateException("Shipment " + id + " is already delivered");
        }
        state = State.CANCELLED;
    }

    public Long getId() {
        return id;
    }

    public String getOrigin() {
        return origin;
    }

    public String getDestination() {
        return destination;
    }

    public double getWeightKg() {
        return weightKg;
    }

    public State getState() {
        return state;
    }
}
