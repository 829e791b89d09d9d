package eval5.case21;

import java.math.BigDecimal;
import java.util.Optional;

public interface OrderReader {

    Optional<OrderSummary> byReference(String reference);

    record OrderSummary(String reference, String status, BigDecimal total, String currency) {
    }
}
