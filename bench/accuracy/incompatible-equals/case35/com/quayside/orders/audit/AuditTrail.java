package com.quayside.orders.audit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

@Component
public class AuditTrail {

    private static final int CAPACITY = 10_000;

    private final Deque<AuditEvent> recent = new ArrayDeque<>();

    public synchronized void record(AuditEvent event) {
        if (recent.size() == CAPACITY) {
            recent.removeFirst();
        }
        recent.addLast(event);
    }

    public synchronized List<AuditEvent> historyOf(String entityType, Long id) {
        return recent.stream()
                .filter(e -> e.entityType().equals(entityType))
                .filter(e -> Objects.equals(e.entityId(), id))
                .toList();
    }
}
