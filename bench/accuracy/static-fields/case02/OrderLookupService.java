// Order lookups behind the order query endpoints.
package staticfields.case02;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface OrderLookupService {

    Optional<OrderView> find(long id);

    List<OrderView> page(int page, int size);

    record OrderView(long id, String customerEmail, BigDecimal total, String status, Instant placedAt) {
    }
}
