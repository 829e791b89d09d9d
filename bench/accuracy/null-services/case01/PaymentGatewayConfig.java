package nulls.case01;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads the payment gateway settings from the environment at start-up, failing fast
 * when a mandatory variable is missing.
 */
@Configuration
public class PaymentGatewayConfig {

    private static final Logger log = LoggerFactory.getLogger(PaymentGatewayConfig.class);

    private static final String DEFAULT_TIMEOUT_MS = "5000";

    @Bean
    public PaymentGatewaySettings paymentGatewaySettings() {
        String endpoint = Objects.requireNonNull(System.getenv("PAYMENT_GATEWAY_URL"),
                "PAYMENT_GATEWAY_URL must be set");
        String merchantId = System.getenv("PAYMENT_MERCHANT_ID");
        Objects.requireNonNull(merchantId, "PAYMENT_MERCHANT_ID must be set");

        String timeout = System.getProperty("payment.timeout.ms", DEFAULT_TIMEOUT_MS);
        String mode = System.getProperty("payment.mode");
        boolean sandbox = mode == null || mode.toLowerCase(Locale.ROOT).equals("sandbox");

        PaymentGatewaySettings settings = new PaymentGatewaySettings(
                URI.create(endpoint.strip()),
                merchantId.toUpperCase(Locale.ROOT),
                Duration.ofMillis(Long.parseLong(timeout.trim())),
                sandbox);
        log.info("payment gateway {} (merchant {}, sandbox={})",
                settings.endpoint(), settings.merchantId(), settings.sandbox());
        return settings;
    }

    public record PaymentGatewaySettings(URI endpoint, String merchantId, Duration timeout, boolean sandbox) {
    }
}
