package nulls.case02;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Feature switches for the checkout flow, read once from the container environment.
 */
@Component
public class CheckoutFeatureSwitches {

    private static final Logger log = LoggerFactory.getLogger(CheckoutFeatureSwitches.class);

    private final boolean legacyCheckout;
    private final boolean expressPay;

    public CheckoutFeatureSwitches() {
        String expressFlag = System.getenv("CHECKOUT_EXPRESS_PAY");
        this.expressPay = "on".equalsIgnoreCase(expressFlag);

        String mode = System.getenv("CHECKOUT_MODE");
        this.legacyCheckout = mode.equalsIgnoreCase("legacy"); // deref

        log.info("checkout switches: legacy={}, expressPay={}", legacyCheckout, expressPay);
    }

    public boolean isLegacyCheckout() {
        return legacyCheckout;
    }

    public boolean isExpressPay() {
        return expressPay;
    }
}
