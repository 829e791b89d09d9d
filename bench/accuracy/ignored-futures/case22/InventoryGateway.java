// Asynchronous client of the inventory service's reservation API.
package ignoredfutures.case22;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CompletableFuture;

public interface InventoryGateway {

    CompletableFuture<Reservation> reserve(long orderId, List<Line> lines);

    record Line(String sku, int quantity, BigDecimal unitPrice) {
    }

    record Reservation(String id, long orderId, BigDecimal total) {
    }
}
