// A payment status mapper that prints unknown provider codes to System.err in the default arm of a switch expression.
import java.util.Locale;
import org.springframework.stereotype.Component;

enum PaymentState {
    PENDING, SETTLED, REFUNDED, FAILED, UNKNOWN
}

@Component
class ProviderStatusMapper {

    PaymentState map(String providerCode) {
        return switch (providerCode.toUpperCase(Locale.ROOT)) {
            case "AUTHORIZED", "CAPTURE_PENDING" -> PaymentState.PENDING;
            case "CAPTURED" -> PaymentState.SETTLED;
            case "REFUNDED", "PARTIALLY_REFUNDED" -> PaymentState.REFUNDED;
            case "DECLINED", "ERROR" -> PaymentState.FAILED;
            default -> {
                System.err.println("Unknown provider status code: " + providerCode); // expect: debug-output "System.err"
                yield PaymentState.UNKNOWN;
            }
        };
    }
}
