package com.chronolog.audit;

import java.time.Instant;

public record AuditEntry(Long sequence, Long actorId, String action, Instant at) {
}
