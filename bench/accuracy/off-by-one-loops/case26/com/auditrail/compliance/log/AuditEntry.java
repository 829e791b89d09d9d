package com.auditrail.compliance.log;

import java.time.Instant;

public record AuditEntry(long sequence, String actor, String action, String resource, Instant at) {
}
