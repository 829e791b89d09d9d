package com.greenfleet.charging;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
public class ChargingSession {

    @Id
    @GeneratedValue
    private Long id;

    private Long stationId;

    private Long vehicleId;

    private Double energyKwh;

    private Instant startedAt;

    public Long getId() {
        return id;
    }

    public Long getStationId() {
        return stationId;
    }

    public Long getVehicleId() {
        return vehicleId;
    }

    public Double getEnergyKwh() {
        return energyKwh;
    }

    public Instant getStartedAt() {
        return startedAt;
    }
}
