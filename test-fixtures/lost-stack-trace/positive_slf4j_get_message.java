// A payment service that logs only e.getMessage() of gateway failures through an SLF4J logger (placeholder argument and concatenation).
import java.math.BigDecimal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

interface PaymentGatewayClient {

    String charge(String orderId, BigDecimal amount) throws PaymentDeclinedException;

    void refund(String chargeId) throws PaymentDeclinedException;
}

class PaymentDeclinedException extends Exception {

    private final String declineCode;

    PaymentDeclinedException(String message, String declineCode) {
        super(message);
        this.declineCode = declineCode;
    }

    String declineCode() {
        return declineCode;
    }
}

@Service
class CheckoutPaymentService {

    private static final Logger log = LoggerFactory.getLogger(CheckoutPaymentService.class);

    private final PaymentGatewayClient gateway;

    CheckoutPaymentService(PaymentGatewayClient gateway) {
        this.gateway = gateway;
    }

    public boolean charge(String orderId, BigDecimal amount) {
        try {
            String chargeId = gateway.charge(orderId, amount);
            log.info("Charged order {} as {}", orderId, chargeId);
            return true;
        } catch (PaymentDeclinedException e) {
            log.error("Charge for order {} failed: {}", orderId, e.getMessage()); // expect: lost-stack-trace "`e.getMessage()`"
            return false;
        }
    }

    public void refund(String chargeId) {
        try {
            gateway.refund(chargeId);
        } catch (PaymentDeclinedException ex) {
            log.warn("Refund of " + chargeId + " was rejected: " + ex.getMessage()); // expect: lost-stack-trace "`ex.getMessage()`"
        }
    }

    public boolean chargeQuietly(String orderId, BigDecimal amount) {
        try {
            gateway.charge(orderId, amount);
            return true;
        } catch (PaymentDeclinedException e) {
            log.error("Charge for order {} failed", orderId, e);
            return false;
        }
    }
}
