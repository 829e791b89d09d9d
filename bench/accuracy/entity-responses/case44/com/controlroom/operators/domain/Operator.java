package com.controlroom.operators.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import java.time.Instant;

@Entity
@JsonIgnoreProperties({"passwordHash", "mfaSecret"})
public class Operator {

    @Id
    @GeneratedValue
    private Long id;

    private String username;

    private String passwordHash;

    private String mfaSecret;

    private boolean locked;

    private String lockReason;

    private String lockedBy;

    private Instant lockedAt;

    public void lock(String reason, String by, Instant at) {
        this.locked = true;
        this.lockReason = reason;
        this.lockedBy = by;
        this.lockedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getMfaSecret() {
        return mfaSecret;
    }

    public boolean isLocked() {
        return locked;
    }

    public String getLockReason() {
        return lockReason;
    }

    public String getLockedBy() {
        return lockedBy;
    }

    public Instant getLockedAt() {
        return lockedAt;
    }
}
