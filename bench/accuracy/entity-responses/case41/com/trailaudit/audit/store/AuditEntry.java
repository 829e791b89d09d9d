package com.trailaudit.audit.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(indexes = @Index(columnList = "actor, occurredAt"))
public class AuditEntry {

    @Id
    @GeneratedValue
    private Long id;

    private String actor;

    private String action;

    private String target;

    @Column(length = 64)
    private String payloadHash;

    private Instant occurredAt;

    public Long getId() {
        return id;
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

    public String getPayloadHash() {
        return payloadHash;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
