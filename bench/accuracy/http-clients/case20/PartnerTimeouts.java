// Timeouts agreed with the partner in the integration contract.
package httpclients.case20;

import java.time.Duration;

public final class PartnerTimeouts {

    public static final Duration CONNECT = Duration.ofSeconds(2);
    public static final Duration READ = Duration.ofSeconds(12);

    private PartnerTimeouts() {
    }
}
