package io.sensorhub.devices.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import java.time.Instant;

@Entity
public class Device {

    @Id
    @GeneratedValue
    private Long id;

    @Column(unique = true, nullable = false)
    private String serialNumber;

    private String model;

    private String firmware;

    @Column(length = 64)
    private String deviceToken;

    private Instant registeredAt = Instant.now();

    protected Device() {
    }

    public Device(String serialNumber, String model, String firmware) {
        this.serialNumber = serialNumber;
        this.model = model;
        this.firmware = firmware;
    }

    public Long getId() {
        return id;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public String getModel() {
        return model;
    }

    public String getFirmware() {
        return firmware;
    }

    public String getDeviceToken() {
        return deviceToken;
    }

    public void setDeviceToken(String deviceToken) {
        this.deviceToken = deviceToken;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
