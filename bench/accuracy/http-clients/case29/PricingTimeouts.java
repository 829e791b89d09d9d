// Timeouts of the pricing engine calls.
package httpclients.case29;

import java.time.Duration;

public final class PricingTimeouts {

    public static final int CONNECT_MILLIS = 1_500;
    public static final Duration RESPONSE = Duration.ofSeconds(3);

    private PricingTimeouts() {
    }
}
