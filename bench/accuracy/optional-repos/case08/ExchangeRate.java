package opt.case08;

import java.math.BigDecimal;
import java.time.Instant;

public record ExchangeRate(String currency, BigDecimal rate, Instant fetchedAt) {
}
