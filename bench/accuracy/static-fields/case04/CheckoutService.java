// Checkout of a cart: payment authorisation and order creation, reporting to the metrics.
package staticfields.case04;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CheckoutService {

    private final CheckoutMetrics metrics;
    private final PaymentGateway payments;

    public CheckoutService(CheckoutMetrics metrics, PaymentGateway payments) {
        this.metrics = metrics;
        this.payments = payments;
    }

    @Transactional
    public String checkout(String cartId, long amountCents) {
        metrics.started();
        try {
            var authorisation = payments.authorise(cartId, amountCents);
            metrics.completed(amountCents);
            return authorisation;
        } catch (RuntimeException e) {
            metrics.failed();
            throw e;
        }
    }

    public interface PaymentGateway {
        String authorise(String reference, long amountCents);
    }
}
