// Asynchronous client of the payment provider's authorisation API.
package ignoredfutures.case22;

import java.math.BigDecimal;
import java.util.concurrent.CompletableFuture;

public interface PaymentGateway {

    CompletableFuture<Authorization> authorize(long orderId, String paymentToken, BigDecimal amount);

    record Authorization(String id, long orderId, BigDecimal amount) {
    }
}
