package com.quotient.pricing.async;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.springframework.stereotype.Component;

@Component
public class PriceQuoteBroker {

    private final ExecutorService pool;
    private final List<PriceSource> sources;
    private final Map<String, CompletableFuture<BigDecimal>> inFlight = new ConcurrentHashMap<>();

    public PriceQuoteBroker(ExecutorService pricingPool, List<PriceSource> sources) {
        this.pool = pricingPool;
        this.sources = sources;
    }

    public CompletableFuture<BigDecimal> bestPrice(String instrument) {
        return inFlight.computeIfAbsent(instrument, key -> {
            CompletableFuture<BigDecimal> result = new CompletableFuture<>();
            pool.execute(() -> {
                try {
                    BigDecimal best = null;
                    for (PriceSource source : sources) {
                        BigDecimal quote = source.quote(key);
                        if (quote != null && (best == null || quote.compareTo(best) < 0)) {
                            best = quote;
                        }
                    }
                    result.complete(best);
                } catch (PriceSource.QuoteException e) {
                    result.completeExceptionally(e);
                } finally {
                    inFlight.remove(key);
                }
            });
            return result;
        });
    }
}
