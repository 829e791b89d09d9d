// Customer registration in the (servlet) account service: the customer row is inserted and a
// CustomerRegistered event is published for the downstream services.
package ignoredfutures.case30;

import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CustomerRegistrationService {

    private final JdbcClient jdbcClient;
    private final DomainEventPublisher eventPublisher;

    public CustomerRegistrationService(JdbcClient jdbcClient, DomainEventPublisher eventPublisher) {
        this.jdbcClient = jdbcClient;
        this.eventPublisher = eventPublisher;
    }

    @Transactional
    public UUID register(String email, String country, boolean newsletter) {
        UUID id = UUID.randomUUID();
        jdbcClient.sql("INSERT INTO customers (id, email, country, newsletter) VALUES (?, ?, ?, ?)")
                .params(id, email, country, newsletter)
                .update();
        var event = new DomainEventPublisher.DomainEvent("CustomerRegistered", id.toString(), Instant.now(),
                java.util.Map.of("country", country, "newsletter", newsletter));
        eventPublisher.publish(event); // dropped
        return id;
    }
}
