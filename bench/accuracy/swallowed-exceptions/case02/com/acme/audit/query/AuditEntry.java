package com.acme.audit.query;

import java.time.Instant;

public record AuditEntry(Instant occurredAt, String actor, String action) {
}
