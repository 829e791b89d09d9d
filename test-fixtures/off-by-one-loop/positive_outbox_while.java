// An outbox relay that publishes pending events in `while (i < pending.size() - 1)`, so the newest event is never published.
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

record OutboxEvent(UUID id, String topic, String payload, Instant createdAt) {
}

interface OutboxStore {

    List<OutboxEvent> findPending(int limit);

    void markSent(UUID id);
}

interface OutboxPublisher {

    void publish(String topic, String payload);
}

@Component
class OutboxRelay {

    private final OutboxStore store;
    private final OutboxPublisher publisher;

    OutboxRelay(OutboxStore store, OutboxPublisher publisher) {
        this.store = store;
        this.publisher = publisher;
    }

    @Scheduled(fixedDelay = 5000)
    public void relay() {
        List<OutboxEvent> pending = store.findPending(100);
        int i = 0;
        while (i < pending.size() - 1) { // expect: off-by-one-loop "last element"
            OutboxEvent event = pending.get(i);
            publisher.publish(event.topic(), event.payload());
            store.markSent(event.id());
            i++;
        }
    }
}
