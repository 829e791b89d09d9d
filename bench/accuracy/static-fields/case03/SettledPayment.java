// A payment as reported by the acquirer once it is settled.
package staticfields.case03;

import java.math.BigDecimal;
import java.util.Date;

public record SettledPayment(String id, Date settledAt, BigDecimal amount, String currency) {
}
