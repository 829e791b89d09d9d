package com.queuewise.support;

import java.time.Instant;

public record Ticket(Long id, Integer priority, Integer escalationLevel, Instant openedAt) {
}
