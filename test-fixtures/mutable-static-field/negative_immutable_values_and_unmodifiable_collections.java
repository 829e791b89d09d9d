// static final immutable values (strings, numbers, Duration, Pattern, UUID, Locale), List.of/Map.of/Set.of/Map.ofEntries/copyOf, Collections.unmodifiable*/empty*, toList(), Guava ImmutableList/ImmutableMap built with put, and a thread-safe ObjectMapper, all read from methods.
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

final class PaymentLimits {

    static final String CURRENCY = "EUR";
    static final int MAX_ITEMS = 250;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("10000.00");
    static final Duration HOLD_PERIOD = Duration.ofDays(7);
    static final Pattern IBAN = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}");
    static final UUID SYSTEM_USER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final Locale DEFAULT_LOCALE = Locale.GERMANY;
    static final Set<String> SUPPORTED_CURRENCIES = Set.of("EUR", "USD", "GBP");
    static final List<String> BLOCKED_COUNTRIES = List.of("KP", "IR");
    static final Map<String, BigDecimal> FEES = Map.of("card", new BigDecimal("0.029"), "sepa", new BigDecimal("0.004"));
    static final Map<String, Integer> RETRIES = Map.ofEntries(Map.entry("card", 3), Map.entry("sepa", 1));
    static final List<String> CHANNELS = List.copyOf(Arrays.asList("web", "pos", "moto"));

    private PaymentLimits() {
    }

    static boolean accepts(String iban, String country, BigDecimal amount, String currency) {
        return IBAN.matcher(iban).matches()
                && !BLOCKED_COUNTRIES.contains(country)
                && SUPPORTED_CURRENCIES.contains(currency)
                && amount.compareTo(MAX_AMOUNT) <= 0;
    }

    static BigDecimal fee(String method, BigDecimal amount) {
        return amount.multiply(FEES.getOrDefault(method, BigDecimal.ZERO));
    }
}

class ShippingRules {

    private static final List<String> EU_COUNTRIES = Collections.unmodifiableList(Arrays.asList("AT", "BE", "DE", "FR", "NL"));
    private static final Map<String, Integer> DAYS_BY_ZONE = Collections.unmodifiableMap(new LinkedHashMap<>(Map.of("domestic", 2, "eu", 5)));
    private static final Set<String> NO_DELIVERY = Collections.emptySet();
    private static final List<String> EXPRESS_ZONES = Stream.of("domestic", "eu").toList();
    private static final Set<String> HAZMAT_CODES = Stream.of("UN1203", "UN3480").collect(Collectors.toUnmodifiableSet());

    int days(String country, String zone, boolean express) {
        if (NO_DELIVERY.contains(country) || HAZMAT_CODES.contains(zone)) {
            return -1;
        }
        int days = DAYS_BY_ZONE.getOrDefault(EU_COUNTRIES.contains(country) ? "eu" : zone, 10);
        return express && EXPRESS_ZONES.contains(zone) ? Math.max(1, days - 1) : days;
    }
}

@Service
class OrderEventPublisher {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ImmutableList<String> TOPICS = ImmutableList.of("orders.created", "orders.paid");
    private static final ImmutableSet<String> INTERNAL_FIELDS = ImmutableSet.copyOf(List.of("costPrice", "supplierId"));
    private static final ImmutableMap<String, String> TOPIC_BY_STATUS = ImmutableMap.<String, String>builder()
            .put("CREATED", "orders.created")
            .put("PAID", "orders.paid")
            .build();
    private static String region = "eu-central-1";

    String payload(Map<String, Object> order) throws JsonProcessingException {
        Map<String, Object> visible = new LinkedHashMap<>(order);
        visible.keySet().removeAll(INTERNAL_FIELDS);
        visible.put("region", region);
        return MAPPER.writeValueAsString(visible);
    }

    String topic(String status) {
        String topic = TOPIC_BY_STATUS.get(status);
        return TOPICS.contains(topic) ? topic : TOPICS.get(0);
    }
}
