// A cache that maps keys to Optionals: the Optional read from it is taken with get() without a check.
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

class ExchangeRateCache {

    private final Map<String, Optional<Double>> rates = new ConcurrentHashMap<>();

    double rate(String currency) {
        return rates.get(currency).get();  // expect: optional-get-unchecked "rates.get(currency).get()"
    }

    double rateOrOne(String currency) {
        Optional<Double> cached = rates.getOrDefault(currency, Optional.empty());
        return cached.isPresent() ? cached.get() : 1.0;
    }
}
