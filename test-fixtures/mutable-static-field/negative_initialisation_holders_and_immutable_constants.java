// Nothing written after class initialisation: an initialisation-on-demand holder, a static index filled by a lambda run in the static block, a non-final field assigned by a private loader called only from the static block, record and enum constants in List.of/Map.of, and a Map.of of AtomicLong counters whose values (not the map) change.
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

final class SmtpClientFactory {

    private final String host;

    private SmtpClientFactory(String host) {
        this.host = host;
    }

    private static final class Holder {
        static final SmtpClientFactory INSTANCE = new SmtpClientFactory(System.getProperty("smtp.host", "localhost"));
    }

    static SmtpClientFactory get() {
        return Holder.INSTANCE;
    }

    String host() {
        return host;
    }
}

record CallingCode(String country, String prefix) {
}

final class CallingCodeDirectory {

    private static final Map<String, String> COUNTRY_BY_PREFIX = new HashMap<>();

    static {
        List.of(new CallingCode("DE", "+49"), new CallingCode("FR", "+33"), new CallingCode("NL", "+31"))
                .forEach(code -> COUNTRY_BY_PREFIX.put(code.prefix(), code.country()));
    }

    private CallingCodeDirectory() {
    }

    static String country(String phoneNumber) {
        return COUNTRY_BY_PREFIX.getOrDefault(phoneNumber.substring(0, 3), "unknown");
    }
}

final class VatRates {

    private static Map<String, BigDecimal> rates;
    private static String source = "defaults";

    static {
        rates = loadRates();
    }

    private VatRates() {
    }

    private static Map<String, BigDecimal> loadRates() {
        Properties properties = new Properties();
        try (InputStream in = VatRates.class.getResourceAsStream("/vat-rates.properties")) {
            if (in != null) {
                properties.load(in);
                source = "classpath";
            }
        } catch (IOException e) {
            source = "defaults after " + e.getMessage();
        }
        Map<String, BigDecimal> loaded = new HashMap<>();
        loaded.put("DE", new BigDecimal(properties.getProperty("DE", "0.19")));
        loaded.put("FR", new BigDecimal(properties.getProperty("FR", "0.20")));
        return Map.copyOf(loaded);
    }

    static BigDecimal rate(String country) {
        return rates.getOrDefault(country, BigDecimal.ZERO);
    }

    static String source() {
        return source;
    }
}

enum PlanTier { FREE, TEAM, ENTERPRISE }

record SubscriptionPlan(PlanTier tier, int seats, BigDecimal monthlyPrice) {

    static final SubscriptionPlan FREE = new SubscriptionPlan(PlanTier.FREE, 1, BigDecimal.ZERO);
    static final SubscriptionPlan TEAM = new SubscriptionPlan(PlanTier.TEAM, 10, new BigDecimal("49.00"));
    static final List<SubscriptionPlan> ALL = List.of(FREE, TEAM);
    static final Map<PlanTier, SubscriptionPlan> BY_TIER = Map.of(PlanTier.FREE, FREE, PlanTier.TEAM, TEAM);

    static SubscriptionPlan forSeats(int seats) {
        return switch (seats) {
            case 0, 1 -> FREE;
            default -> ALL.stream().filter(p -> p.seats() >= seats).findFirst().orElse(TEAM);
        };
    }
}

@Component
class EndpointCallCounter {

    private static final Map<String, AtomicLong> CALLS = Map.of(
            "orders", new AtomicLong(),
            "payments", new AtomicLong(),
            "search", new AtomicLong());

    void record(String endpoint) {
        var counter = CALLS.get(endpoint);
        if (counter != null) {
            counter.incrementAndGet();
        }
    }

    long calls(String endpoint) {
        return CALLS.getOrDefault(endpoint, new AtomicLong()).get();
    }
}
