package opt.case08;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class ExchangeRateCache {

    private final Map<String, ExchangeRate> rates = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> lastRefresh = new AtomicReference<>(Instant.EPOCH);
    private final List<String> history = new ArrayList<>();
    private final RateClient client;

    public ExchangeRateCache(RateClient client) {
        this.client = client;
    }

    public BigDecimal rateFor(String currency) {
        ExchangeRate cached = rates.get(currency);
        if (cached == null) {
            cached = client.fetch(currency);
            rates.put(currency, cached);
        }
        return cached.rate();
    }

    public Instant lastRefresh() {
        return lastRefresh.get();
    }

    public synchronized String lastChange() {
        return history.isEmpty() ? "" : history.get(history.size() - 1);
    }

    @Scheduled(fixedDelayString = "PT15M")
    public void refresh() {
        for (String currency : rates.keySet()) {
            ExchangeRate fresh = client.fetch(currency);
            ExchangeRate old = rates.put(currency, fresh);
            if (old != null && old.rate().compareTo(fresh.rate()) != 0) {
                synchronized (this) {
                    history.add(currency + ": " + old.rate() + " -> " + fresh.rate());
                }
            }
        }
        lastRefresh.set(Instant.now());
    }

    public interface RateClient {
        ExchangeRate fetch(String currency);
    }
}
