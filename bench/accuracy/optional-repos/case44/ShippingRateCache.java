package opt.case44;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;

@Component
public class ShippingRateCache {

    private final Cache cache;
    private final ObjectProvider<RateSource> rateSource;
    private final AtomicReference<Instant> lastMiss = new AtomicReference<>();

    public ShippingRateCache(CacheManager cacheManager, ObjectProvider<RateSource> rateSource) {
        this.cache = cacheManager.getCache("shipping-rates");
        this.rateSource = rateSource;
    }

    public BigDecimal cost(String zone, BigDecimal weightKg) {
        ShippingRate rate;
        Cache.ValueWrapper hit = cache.get(zone);
        if (hit != null) {
            rate = (ShippingRate) hit.get();
        } else {
            lastMiss.set(Instant.now());
            rate = rateSource.getObject().load(zone);
            cache.put(zone, rate);
        }
        return rate.base().add(rate.perKg().multiply(weightKg));
    }

    public Instant lastMiss() {
        return lastMiss.get();
    }

    public interface RateSource {
        ShippingRate load(String zone);
    }
}
