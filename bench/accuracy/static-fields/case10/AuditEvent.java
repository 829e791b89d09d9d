// One audited action of a user.
package staticfields.case10;

import java.time.Instant;

public record AuditEvent(String actor, String action, String target, Instant at) {
}
