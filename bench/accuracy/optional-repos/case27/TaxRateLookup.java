package opt.case27;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

@Component
public class TaxRateLookup {

    private final TaxRateRepository taxRateRepository;
    private final Map<String, Optional<TaxRate>> cache = new ConcurrentHashMap<>();

    public TaxRateLookup(TaxRateRepository taxRateRepository) {
        this.taxRateRepository = taxRateRepository;
    }

    public BigDecimal taxFor(String regionCode, BigDecimal net) {
        cache.computeIfAbsent(regionCode, taxRateRepository::findById);
        TaxRate rate = cache.get(regionCode).get(); // get
        return net.multiply(rate.getRate());
    }

    public void evict(String regionCode) {
        cache.remove(regionCode);
    }
}
