// SLF4J calls in catch blocks that pass the exception as the last argument (alone, after placeholders, or next to its message) or through the fluent API.
import java.math.BigDecimal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
class SubscriptionBillingService {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionBillingService.class);

    private final PaymentGatewayClient gateway;

    SubscriptionBillingService(PaymentGatewayClient gateway) {
        this.gateway = gateway;
    }

    public boolean bill(String subscriptionId, BigDecimal amount) {
        try {
            gateway.charge(subscriptionId, amount);
            return true;
        } catch (PaymentDeclinedException e) {
            log.error("Billing subscription {} for {} failed", subscriptionId, amount, e);
            return false;
        }
    }

    public boolean refund(String chargeId) {
        try {
            gateway.refund(chargeId);
            return true;
        } catch (PaymentDeclinedException e) {
            log.warn("Refund {} declined: {}", chargeId, e.getMessage(), e);
            return false;
        }
    }

    public boolean retryCharge(String subscriptionId, BigDecimal amount) {
        try {
            gateway.charge(subscriptionId, amount);
            return true;
        } catch (PaymentDeclinedException ex) {
            log.error("Retry failed: " + ex.getMessage(), ex);
            return false;
        }
    }

    public void cancel(String chargeId) {
        try {
            gateway.refund(chargeId);
        } catch (PaymentDeclinedException e) {
            log.atWarn().setCause(e).addKeyValue("chargeId", chargeId).log("Cancellation refund declined");
        }
    }
}
