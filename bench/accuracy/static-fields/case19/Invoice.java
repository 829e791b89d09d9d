// An issued invoice as stored by billing.
package staticfields.case19;

import java.math.BigDecimal;
import java.time.Instant;

public record Invoice(long id, int sequence, String customerId, BigDecimal total, Instant issuedAt) {
}
