// Enum constants and an enum lookup map filled in its static block, record static constants and factories, and interface constants (String, int, Duration, List.of, Map.of) read by an implementing class.
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

enum OrderStatus {
    NEW("N"), PAID("P"), SHIPPED("S"), CANCELLED("C");

    private static final Map<String, OrderStatus> BY_CODE = new HashMap<>();

    static {
        for (OrderStatus status : values()) {
            BY_CODE.put(status.code, status);
        }
    }

    private final String code;

    OrderStatus(String code) {
        this.code = code;
    }

    static OrderStatus fromCode(String code) {
        OrderStatus status = BY_CODE.get(code);
        if (status == null) {
            throw new IllegalArgumentException("unknown order status " + code);
        }
        return status;
    }

    boolean isFinal() {
        return switch (this) {
            case SHIPPED, CANCELLED -> true;
            case NEW, PAID -> false;
        };
    }
}

record Money(BigDecimal amount, String currency) {

    static final Money ZERO_EUR = new Money(BigDecimal.ZERO, "EUR");
    static final Set<String> CURRENCIES = Set.of("EUR", "USD", "CHF");

    Money {
        if (!CURRENCIES.contains(currency)) {
            throw new IllegalArgumentException("unsupported currency " + currency);
        }
    }

    static Money eur(String amount) {
        return new Money(new BigDecimal(amount), "EUR");
    }

    Money plus(Money other) {
        return new Money(amount.add(other.amount), currency);
    }
}

interface ApiHeaders {
    String TENANT = "X-Tenant-Id";
    String CORRELATION_ID = "X-Correlation-Id";
    int MAX_PAGE_SIZE = 200;
    Duration DEFAULT_TTL = Duration.ofMinutes(5);
    List<String> FORWARDED = List.of(TENANT, CORRELATION_ID);
    Map<String, String> DEFAULTS = Map.of("Accept", "application/json");
}

class TenantHeaderPropagator implements ApiHeaders {

    Map<String, String> headers(String tenant, String correlationId, int pageSize) {
        Map<String, String> headers = new HashMap<>(DEFAULTS);
        headers.put(TENANT, tenant);
        headers.put(CORRELATION_ID, correlationId);
        headers.put("X-Page-Size", String.valueOf(Math.min(pageSize, MAX_PAGE_SIZE)));
        headers.put("Cache-Control", "max-age=" + DEFAULT_TTL.toSeconds());
        return headers;
    }

    boolean forwards(String header) {
        return FORWARDED.contains(header) || ApiHeaders.FORWARDED.contains(header.toLowerCase());
    }
}
