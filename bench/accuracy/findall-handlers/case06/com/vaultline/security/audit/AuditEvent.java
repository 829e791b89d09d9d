package com.vaultline.security.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class AuditEvent {

    @Id
    @GeneratedValue
    private Long id;

    private Instant createdAt;

    private String actor;

    private String action;

    private String target;

    protected AuditEvent() {
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }
}
