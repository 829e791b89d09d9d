package com.ordercloud.outbox;

import java.util.List;
import java.util.UUID;

public interface OutboxStore {

    List<OutboxEvent> nextBatch(int limit);

    void markSent(UUID id);

    void markFailed(UUID id, int attempts);

    record OutboxEvent(UUID id, String topic, String key, String payload, int attempts) {
    }
}
