// Jakarta CDI and JSR-330 singletons: one @ApplicationScoped or @Singleton (jakarta.inject) instance serves every request.
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;

@ApplicationScoped
class PricingEngine {

    private String quoteCurrency;  // expect: singleton-mutable-state "`quoteCurrency`"
    private Map<String, BigDecimal> quoteCache = new HashMap<>();  // expect: singleton-mutable-state "`quoteCache`"

    BigDecimal quote(String sku, String currency, BigDecimal listPrice) {
        this.quoteCurrency = currency;
        var key = sku + "/" + quoteCurrency;
        quoteCache.put(key, listPrice);
        return listPrice;
    }
}

@Singleton
class TokenBucketLimiter {

    private static final long CAPACITY = 100;

    private long tokens = CAPACITY;  // expect: singleton-mutable-state "`tokens`"
    private long lastRefillNanos = System.nanoTime();  // expect: singleton-mutable-state "`lastRefillNanos`"

    boolean tryAcquire() {
        long now = System.nanoTime();
        tokens = Math.min(CAPACITY, tokens + (now - lastRefillNanos) / 10_000_000);
        lastRefillNanos = now;
        if (tokens == 0) {
            return false;
        }
        tokens--;
        return true;
    }
}
