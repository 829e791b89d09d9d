package streq.case23;

import java.math.BigDecimal;
import java.time.Instant;

public record CustomerOrder(long id, String customerId, BigDecimal total, Instant placedAt) {
}
