package com.acme.outbox.relay;

import java.util.List;

public interface OutboxStore {

    record Entry(long id, String topic, String key, byte[] payload) {
    }

    List<Entry> claimBatch(int max);

    void markSent(long id);

    void release(long id);
}
