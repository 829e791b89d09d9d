package com.auditrail.events;

import java.time.Instant;
import java.util.UUID;

public record AuditEvent(UUID id, String actor, String action, String target, Instant occurredAt) {

    public static AuditEvent of(String actor, String action, String target) {
        return new AuditEvent(UUID.randomUUID(), actor, action, target, Instant.now());
    }
}
