package nulls.case58;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/**
 * Unit price by order quantity: each tier applies from its minimum quantity on.
 */
@Component
public class VolumePricing {

    private final TreeMap<Integer, BigDecimal> unitPriceByMinQuantity = new TreeMap<>();

    public void defineTier(int minQuantity, BigDecimal unitPrice) {
        unitPriceByMinQuantity.put(minQuantity, unitPrice);
    }

    public BigDecimal unitPrice(int quantity) {
        Map.Entry<Integer, BigDecimal> tier = unitPriceByMinQuantity.floorEntry(quantity);
        if (tier == null) {
            Map.Entry<Integer, BigDecimal> first = unitPriceByMinQuantity.firstEntry();
            if (first == null) {
                throw new IllegalStateException("no price tiers defined");
            }
            return first.getValue();
        }
        return tier.getValue();
    }

    public int largestTierThreshold() {
        Map.Entry<Integer, BigDecimal> top = unitPriceByMinQuantity.lastEntry();
        return top == null ? 0 : top.getKey();
    }
}
