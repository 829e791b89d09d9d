// The JSON envelope of a webhook event.
package ignoredfutures.case25;

import java.time.Instant;
import java.util.Map;

public record WebhookEvent(String id, String type, String tenantId, Instant occurredAt, Map<String, Object> data) {
}
