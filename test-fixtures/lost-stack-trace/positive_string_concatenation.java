// An outbox relay that concatenates the caught exception itself into the log message ("failed: " + e), which prints only its toString().
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

record OutboxEvent(UUID id, String topic, String payload) {
}

interface OutboxPublisher {

    void publish(OutboxEvent event) throws Exception;
}

@Component
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxPublisher publisher;
    private final List<OutboxEvent> pending;

    OutboxRelay(OutboxPublisher publisher, List<OutboxEvent> pending) {
        this.publisher = publisher;
        this.pending = pending;
    }

    @Scheduled(fixedDelay = 5_000)
    public void relay() {
        for (OutboxEvent event : List.copyOf(pending)) {
            try {
                publisher.publish(event);
                pending.remove(event);
            } catch (Exception e) {
                log.error("Failed to publish event " + event.id() + " to " + event.topic() + ": " + e); // expect: lost-stack-trace
            }
        }
    }

    public int parseRetryLimit(String raw) {
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException nfe) {
            log.warn("Invalid retry limit {}, using 3: " + nfe, raw); // expect: lost-stack-trace
            return 3;
        }
    }
}
