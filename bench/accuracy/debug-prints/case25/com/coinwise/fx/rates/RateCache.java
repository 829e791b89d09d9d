package com.coinwise.fx.rates;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

@Component
public class RateCache {

    private final Map<String, BigDecimal> rates = new ConcurrentHashMap<>();
    private volatile Instant lastUpdated = Instant.EPOCH;

    public void replaceAll(Map<String, BigDecimal> fresh) {
        rates.putAll(fresh);
        rates.keySet().retainAll(fresh.keySet());
        lastUpdated = Instant.now();
    }

    public BigDecimal get(String currency) {
        return rates.get(currency);
    }

    public int size() {
        return rates.size();
    }

    public Instant lastUpdated() {
        return lastUpdated;
    }
}
