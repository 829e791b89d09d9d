package com.acme.outbox.relay;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class OutboxRelay implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxStore store;
    private final MessagePublisher publisher;
    private final Duration idleDelay;

    public OutboxRelay(OutboxStore store, MessagePublisher publisher, Duration idleDelay) {
        this.store = store;
        this.publisher = publisher;
        this.idleDelay = idleDelay;
    }

    @Override
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            List<OutboxStore.Entry> batch = store.claimBatch(100);
            for (OutboxStore.Entry entry : batch) {
                try {
                    publisher.publish(entry.topic(), entry.key(), entry.payload());
                    store.markSent(entry.id());
                } catch (RuntimeException e) {
                    log.warn("Publishing outbox entry {} failed, will retry", entry.id(), e);
                    store.release(entry.id());
                }
            }
            if (batch.isEmpty()) {
                try {
                    Thread.sleep(idleDelay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        log.info("Outbox relay stopped");
    }
}
