package com.quayside.orders.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * A change recorded by the audit listener. Entities keyed by numbers, UUIDs or natural
 * keys all end up here, so the key is kept as it was.
 */
public record AuditEvent(String entityType, Serializable entityId, String action, String actor, Instant at) {
}
