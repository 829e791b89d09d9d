// A queued notification as written to the outbox table.
package ignoredfutures.case17;

import java.time.Instant;
import java.util.UUID;

public record OutboxEntry(UUID id, String recipient, String template, Instant createdAt) {
}
