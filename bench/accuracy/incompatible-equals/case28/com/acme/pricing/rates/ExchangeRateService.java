package com.acme.pricing.rates;

import com.acme.pricing.cache.TtlCache;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Service;

@Service
public class ExchangeRateService {

    private final RateProvider provider;
    private final TtlCache<String, BigDecimal> rates;

    public ExchangeRateService(RateProvider provider, Clock clock) {
        this.provider = provider;
        this.rates = new TtlCache<>(Duration.ofMinutes(10), clock);
    }

    public BigDecimal rate(String base, String quote) {
        String pair = base.toUpperCase() + "/" + quote.toUpperCase();
        return rates.get(pair, p -> provider.fetch(base, quote));
    }

    public void refresh(String base, String quote) {
        String pair = base.toUpperCase() + "/" + quote.toUpperCase();
        if (rates.isCached(pair)) {
            rates.invalidate(pair);
        }
    }
}
