package org.stlukes.clinic.wards;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Patient {

    @Id
    @GeneratedValue
    private Long id;

    private String mrn;

    private String displayName;

    private long wardId;

    private String bed;

    private String attending;

    private LocalDateTime dischargedAt;

    protected Patient() {
    }

    public String getMrn() {
        return mrn;
    }

    public String getDisplayName() {
        return displayName;
    }

    public long getWardId() {
        return wardId;
    }

    public String getBed() {
        return bed;
    }

    public String getAttending() {
        return attending;
    }

    public LocalDateTime getDischargedAt() {
        return dischargedAt;
    }
}
