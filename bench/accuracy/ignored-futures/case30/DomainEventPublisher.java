// Publishes domain events to the event gateway.
package ignoredfutures.case30;

import java.time.Instant;
import java.util.Map;

import reactor.core.publisher.Mono;

public interface DomainEventPublisher {

    Mono<Void> publish(DomainEvent event);

    record DomainEvent(String type, String aggregateId, Instant occurredAt, Map<String, Object> attributes) {
    }
}
