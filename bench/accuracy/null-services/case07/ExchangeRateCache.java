package nulls.case07;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the latest reference rates (units of EUR per unit of currency) in memory.
 */
@Component
public class ExchangeRateCache {

    private static final Logger log = LoggerFactory.getLogger(ExchangeRateCache.class);

    public interface RateFeed {
        Map<String, BigDecimal> fetchRatesToEur();
    }

    private final Map<String, BigDecimal> ratesToEur = new ConcurrentHashMap<>();
    private final RateFeed feed;
    private volatile Instant refreshedAt = Instant.EPOCH;

    public ExchangeRateCache(RateFeed feed) {
        this.feed = feed;
    }

    @Scheduled(fixedDelay = 600_000, initialDelay = 0)
    public void refresh() {
        Map<String, BigDecimal> latest = feed.fetchRatesToEur();
        ratesToEur.putAll(latest);
        refreshedAt = Instant.now();
        log.info("loaded {} exchange rates", latest.size());
    }

    public BigDecimal toEur(BigDecimal amount, String currency) {
        if ("EUR".equalsIgnoreCase(currency)) {
            return amount;
        }
        BigDecimal rate = ratesToEur.get(currency.toUpperCase(Locale.ROOT));
        return rate.multiply(amount).setScale(2, RoundingMode.HALF_EVEN); // deref
    }

    public Instant refreshedAt() {
        return refreshedAt;
    }
}
