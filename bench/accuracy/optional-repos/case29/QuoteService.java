package opt.case29;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

@Service
public class QuoteService {

    private static final Duration MAX_AGE = Duration.ofSeconds(30);

    private final Map<String, Quote> latest = new ConcurrentHashMap<>();
    private final MarketDataClient marketData;

    public QuoteService(MarketDataClient marketData) {
        this.marketData = marketData;
    }

    public Quote quote(String symbol) {
        Optional<Quote> cached = Optional.ofNullable(latest.get(symbol))
                .filter(q -> q.asOf().isAfter(Instant.now().minus(MAX_AGE)));
        Quote quote = cached.isPresent() ? fetch(symbol) : cached.get(); // get
        return quote;
    }

    private Quote fetch(String symbol) {
        Quote fresh = marketData.lastTrade(symbol);
        latest.put(symbol, fresh);
        return fresh;
    }

    public interface MarketDataClient {
        Quote lastTrade(String symbol);
    }
}
