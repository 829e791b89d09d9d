package com.parcelpoint.tracking.api;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Parcel {

    @Id
    @GeneratedValue
    private Long id;

    @Column(unique = true, nullable = false)
    private String trackingNumber;

    private String status;

    private String lastLocation;

    protected Parcel() {
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getStatus() {
        return status;
    }

    public String getLastLocation() {
        return lastLocation;
    }
}
