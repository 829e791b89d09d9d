package net.meshpoint.iot.devices;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Device {

    @Id
    private String serial;

    private String site;

    private String firmwareVersion;

    private Instant lastHeartbeat;

    protected Device() {
    }

    public String getSerial() {
        return serial;
    }

    public String getSite() {
        return site;
    }

    public String getFirmwareVersion() {
        return firmwareVersion;
    }

    public boolean isOnline() {
        return lastHeartbeat != null && lastHeartbeat.isAfter(Instant.now().minusSeconds(300));
    }
}
