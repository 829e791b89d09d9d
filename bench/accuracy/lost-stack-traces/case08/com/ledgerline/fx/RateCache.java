package com.ledgerline.fx;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

@Component
public class RateCache {

    private final Map<String, BigDecimal> rates = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> lastUpdated = new AtomicReference<>(Instant.EPOCH);
    private volatile String base = "EUR";

    public void replaceAll(String base, Map<String, BigDecimal> fresh) {
        rates.keySet().retainAll(fresh.keySet());
        rates.putAll(fresh);
        this.base = base;
        lastUpdated.set(Instant.now());
    }

    public BigDecimal rate(String currency) {
        return rates.get(currency);
    }

    public String base() {
        return base;
    }

    public Instant lastUpdated() {
        return lastUpdated.get();
    }
}
