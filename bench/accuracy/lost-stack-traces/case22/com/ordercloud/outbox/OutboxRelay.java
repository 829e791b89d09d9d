package com.ordercloud.outbox;

import java.util.List;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.ordercloud.outbox.MessagePublisher.PublishException;
import com.ordercloud.outbox.OutboxStore.OutboxEvent;

@Component
public class OutboxRelay {

    private static final Logger LOGGER = LogManager.getLogger(OutboxRelay.class);
    private static final int BATCH_SIZE = 100;

    private final OutboxStore store;
    private final MessagePublisher publisher;

    public OutboxRelay(OutboxStore store, MessagePublisher publisher) {
        this.store = store;
        this.publisher = publisher;
    }

    @Scheduled(fixedDelay = 2000)
    public void relay() {
        List<OutboxEvent> batch = store.nextBatch(BATCH_SIZE);
        if (batch.isEmpty()) {
            return;
        }
        int sent = 0;
        for (OutboxEvent event : batch) {
            try {
                publisher.publish(event.topic(), event.key(), event.payload());
                store.markSent(event.id());
                sent++;
            } catch (PublishException e) {
                store.markFailed(event.id(), event.attempts() + 1);
                LOGGER.error("Outbox event {} could not be published to {}: {}", event.id(), event.topic(), e.getMessage());
            }
        }
        LOGGER.debug("Relayed {} of {} outbox events", sent, batch.size());
    }
}
