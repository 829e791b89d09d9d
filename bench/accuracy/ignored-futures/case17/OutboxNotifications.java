// Transactional outbox of notifications: a row is written in the caller's transaction and a
// relay process delivers it later, so "async" here means deferred delivery.
package ignoredfutures.case17;

import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
public class OutboxNotifications {

    private final JdbcClient jdbcClient;

    public OutboxNotifications(JdbcClient jdbcClient) {
        this.jdbcClient = jdbcClient;
    }

    public OutboxEntry sendAsync(String recipient, String template, String text) {
        var entry = new OutboxEntry(UUID.randomUUID(), recipient, template, Instant.now());
        jdbcClient.sql("INSERT INTO notification_outbox (id, recipient, template, body, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(entry.id(), recipient, template, text, entry.createdAt())
                .update();
        return entry;
    }

    public int submitDigestEntry(String recipient, String orderNumber) {
        return jdbcClient.sql("INSERT INTO digest_entries (recipient, order_number) VALUES (?, ?)")
                .params(recipient, orderNumber)
                .update();
    }
}
