// Lazily built instances and holders: an unsynchronised getInstance(), an ApplicationContextAware holder, a @Value setter filling a static, an atomic replaced by reset() and an immutable list reassigned by reload().
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.stereotype.Component;

final class ExchangeRateClient {

    private static ExchangeRateClient instance; // expect: mutable-static-field "`instance`"

    private final HttpClient http;

    private ExchangeRateClient() {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    }

    static ExchangeRateClient getInstance() {
        if (instance == null) {
            instance = new ExchangeRateClient();
        }
        return instance;
    }

    HttpClient http() {
        return http;
    }
}

@Component
class SpringContextHolder implements ApplicationContextAware {

    private static ApplicationContext context; // expect: mutable-static-field "`context`"

    @Override
    public void setApplicationContext(ApplicationContext applicationContext) throws BeansException {
        context = applicationContext;
    }

    static <T> T bean(Class<T> type) {
        return context.getBean(type);
    }
}

@Component
class TenantDefaults {

    private static String defaultTenant; // expect: mutable-static-field "`defaultTenant`"

    @Value("${app.tenancy.default-tenant}")
    void setDefaultTenant(String tenant) {
        TenantDefaults.defaultTenant = tenant;
    }

    static String defaultTenant() {
        return defaultTenant;
    }
}

final class InvoiceNumberSequence {

    private static AtomicLong sequence = new AtomicLong(1000); // expect: mutable-static-field "`sequence`"

    private InvoiceNumberSequence() {
    }

    static String next() {
        return "INV-" + sequence.incrementAndGet();
    }

    static void resetTo(long start) {
        sequence = new AtomicLong(start);
    }
}

final class CorsSettings {

    private static List<String> allowedOrigins = List.of(); // expect: mutable-static-field "`allowedOrigins`"

    private CorsSettings() {
    }

    static void reload(Collection<String> origins) {
        allowedOrigins = List.copyOf(origins);
    }

    static boolean allows(String origin) {
        return allowedOrigins.contains(origin);
    }
}
