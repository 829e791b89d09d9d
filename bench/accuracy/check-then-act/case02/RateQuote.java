// A rate quote as returned by the treasury API.
package checkthenact.case02;

import java.math.BigDecimal;
import java.time.Instant;

public record RateQuote(String from, String to, BigDecimal rate, Instant publishedAt) {
}
