// Manual price overrides set by category managers during a promotion; the storefront asks
// whether a SKU has one, the admin screen sets and clears them.
package checkthenact.case26;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

@Component
public class PriceOverrideStore {

    private final Map<String, PriceOverride> overrides = new ConcurrentHashMap<>();

    public boolean hasOverride(String sku) {
        return overrides.containsKey(sku);
    }

    public Optional<PriceOverride> find(String sku) {
        return Optional.ofNullable(overrides.get(sku));
    }

    public void set(String sku, BigDecimal price, String setBy) {
        overrides.put(sku, new PriceOverride(sku, price, setBy));
    }

    public void clear(String sku) {
        overrides.remove(sku);
    }

    public record PriceOverride(String sku, BigDecimal price, String setBy) {
    }
}
