package com.fuelmetrics.telemetry;

import java.time.Instant;

public class TankReading {

    private final String tankId;
    private final Double litres;
    private final Double temperatureC;
    private final Instant takenAt;

    public TankReading(String tankId, Double litres, Double temperatureC, Instant takenAt) {
        this.tankId = tankId;
        this.litres = litres;
        this.temperatureC = temperatureC;
        this.takenAt = takenAt;
    }

    public String getTankId() {
        return tankId;
    }

    public Double getLitres() {
        return litres;
    }

    public Double getTemperatureC() {
        return temperatureC;
    }

    public Instant getTakenAt() {
        return takenAt;
    }
}
