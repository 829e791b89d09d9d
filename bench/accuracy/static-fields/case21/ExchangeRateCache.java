// Exchange rates for the pricing endpoints: computed on first use, dropped when the rate feed
// publishes new ones.
package staticfields.case21;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

@Service
public class ExchangeRateCache {

    private static final Map<String, BigDecimal> RATES = new ConcurrentHashMap<>();
    private static final ConcurrentMap<String, Long> MISSES = new ConcurrentHashMap<>();

    private final RateFeedClient feed;

    public ExchangeRateCache(RateFeedClient feed) {
        this.feed = feed;
    }

    public BigDecimal rate(String from, String to) {
        return RATES.computeIfAbsent(from + "/" + to, pair -> {
            MISSES.merge(pair, 1L, Long::sum);
            return feed.fetch(from, to);
        });
    }

    @EventListener
    public void onRatesPublished(RatesPublished event) {
        event.pairs().forEach(RATES::remove);
    }

    public Map<String, Long> misses() {
        return Map.copyOf(MISSES);
    }
}
