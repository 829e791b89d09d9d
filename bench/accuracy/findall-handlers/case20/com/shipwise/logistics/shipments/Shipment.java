package com.shipwise.logistics.shipments;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Shipment {

    public enum Status { CREATED, IN_TRANSIT, DELIVERED, RETURNED }

    @Id
    @GeneratedValue
    private Long id;

    @Column(unique = true, nullable = false)
    private String trackingCode;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String destinationCountry;

    private Instant lastScanAt;

    protected Shipment() {
    }

    public String getTrackingCode() {
        return trackingCode;
    }

    public Status getStatus() {
        return status;
    }

    public String getDestinationCountry() {
        return destinationCountry;
    }

    public Instant getLastScanAt() {
        return lastScanAt;
    }
}
