// SoftReference.get and NavigableMap.firstEntry/lastEntry dereferenced without a check in a price history cache.
import java.lang.ref.SoftReference;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.NavigableMap;
import java.util.TreeMap;

class PriceHistoryCache {

    private SoftReference<NavigableMap<Instant, BigDecimal>> history = new SoftReference<>(new TreeMap<>());

    BigDecimal latestPrice() {
        NavigableMap<Instant, BigDecimal> prices = history.get();
        var latest = prices.lastEntry();  // expect: null-dereference "history.get("
        return latest.getValue();  // expect: null-dereference "lastEntry("
    }

    Instant oldestPriceAt(NavigableMap<Instant, BigDecimal> prices) {
        return prices.firstEntry().getKey();  // expect: null-dereference "firstEntry("
    }

    void reload(NavigableMap<Instant, BigDecimal> loaded) {
        history = new SoftReference<>(new TreeMap<>(loaded));
    }
}
