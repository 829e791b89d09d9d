// SoftReference.get dereferenced without a check in a price history cache is reported; NavigableMap.firstEntry and lastEntry are not sources.
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
        return latest.getValue();
    }

    Instant oldestPriceAt(NavigableMap<Instant, BigDecimal> prices) {
        return prices.firstEntry().getKey();
    }

    void reload(NavigableMap<Instant, BigDecimal> loaded) {
        history = new SoftReference<>(new TreeMap<>(loaded));
    }
}
