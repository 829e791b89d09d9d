// Relays unsent outbox rows to the message broker.
package staticfields.case13;

import java.time.Instant;
import java.util.List;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
public class OutboxRelay {

    private final OutboxRepository outbox;
    private final BrokerClient broker;

    public OutboxRelay(OutboxRepository outbox, BrokerClient broker) {
        this.outbox = outbox;
        this.broker = broker;
    }

    @Scheduled(fixedDelay = 1_000)
    @Transactional
    public void relay() {
        for (var row : outbox.unsent(100)) {
            var envelope = new Envelope(row.id(), row.type(), row.createdAt(), row.payload());
            broker.publish(row.topic(), row.aggregateId(), OutboxJson.write(envelope));
            outbox.markSent(row.id());
        }
    }

    public record Envelope(long id, String type, Instant createdAt, String payload) {
    }

    public record OutboxRow(long id, String topic, String aggregateId, String type, Instant createdAt, String payload) {
    }

    public interface BrokerClient {
        void publish(String topic, String key, String json);
    }

    public interface OutboxRepository {
        List<OutboxRow> unsent(int limit);

        void markSent(long id);
    }
}
