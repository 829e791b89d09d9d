// Singleton fields written only while the bean is built: constructor, instance initialiser, @PostConstruct (Spring, CDI, EJB @Startup), afterPropertiesSet, a private helper called only from those, and a lambda or local class run inside an init method.
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

@Service
class CurrencyCatalogService {

    private List<String> supported = new ArrayList<>();
    private String defaultCurrency;
    private Map<String, Integer> minorUnits;
    private Map<String, String> symbols = new HashMap<>();
    private Instant loadedAt;

    {
        supported.add("EUR");
    }

    CurrencyCatalogService(@Value("${currency.default:USD}") String defaultCurrency) {
        this.defaultCurrency = defaultCurrency;
        supported.add(defaultCurrency);
    }

    @PostConstruct
    void load() {
        minorUnits = new HashMap<>();
        loadMinorUnits();
        List.of("USD", "GBP", "JPY").forEach(code -> symbols.put(code, Currency.getInstance(code).getSymbol()));
        loadedAt = Instant.now();
    }

    private void loadMinorUnits() {
        for (var code : supported) {
            minorUnits.put(code, Currency.getInstance(code).getDefaultFractionDigits());
        }
    }

    int minorUnits(String code) {
        return minorUnits.getOrDefault(code, 2);
    }

    String symbol(String code) {
        return symbols.getOrDefault(code, code);
    }

    String describe() {
        return supported + " default " + defaultCurrency + " since " + loadedAt;
    }
}

@Component
class GatewayRoutingTable implements InitializingBean {

    private Map<String, String> routes = new HashMap<>();
    private int routeCount;
    private Pattern versionPrefix;

    @Override
    public void afterPropertiesSet() {
        versionPrefix = Pattern.compile("^/v\\d+");
        class RouteLoader {
            void load(String spec) {
                var parts = spec.split("->");
                routes.put(parts[0].strip(), parts[1].strip());
                routeCount++;
            }
        }
        var loader = new RouteLoader();
        Stream.of("/orders -> orders-svc", "/billing -> billing-svc").forEach(loader::load);
    }

    String target(String path) {
        return routes.get(versionPrefix.matcher(path).replaceFirst(""));
    }

    int size() {
        return routeCount;
    }
}

@ApplicationScoped
class FeatureFlagRegistry {

    private Map<String, Boolean> flags;

    @PostConstruct
    void init() {
        flags = new HashMap<>();
        flags.put("new-checkout", Boolean.getBoolean("feature.new-checkout"));
    }

    boolean enabled(String flag) {
        return flags.getOrDefault(flag, false);
    }
}

@Singleton
@Startup
class ReferenceDataBean {

    private List<String> countries;

    @PostConstruct
    void preload() {
        countries = new ArrayList<>(List.of("DE", "FR", "NL"));
        countries.add("BE");
    }

    boolean knows(String country) {
        return countries.contains(country);
    }
}
