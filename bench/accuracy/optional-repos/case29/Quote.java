package opt.case29;

import java.math.BigDecimal;
import java.time.Instant;

public record Quote(String symbol, BigDecimal price, Instant asOf) {
}
