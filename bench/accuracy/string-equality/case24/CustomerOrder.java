package streq.case24;

import java.math.BigDecimal;
import java.time.Instant;

public record CustomerOrder(long id, long customerId, BigDecimal total, Instant placedAt) {
}
