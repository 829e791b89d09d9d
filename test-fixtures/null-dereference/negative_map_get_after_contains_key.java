// Map.get on a key just checked with containsKey of the same map: in the if block, after a negated check that returns, and in a loop over request data.
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

class PromotionEngine {

    record Promotion(String code, BigDecimal percentOff) {
    }

    private final Map<String, Promotion> promotions = new ConcurrentHashMap<>();
    private final Map<String, Integer> usageLimits = new ConcurrentHashMap<>();

    BigDecimal discount(String code, BigDecimal amount) {
        if (promotions.containsKey(code)) {
            return amount.multiply(promotions.get(code).percentOff()).movePointLeft(2);
        }
        return BigDecimal.ZERO;
    }

    int remainingUses(String code, int used) {
        if (!usageLimits.containsKey(code)) {
            return Integer.MAX_VALUE;
        }
        int limit = usageLimits.get(code);
        return Math.max(0, limit - used);
    }

    List<String> describe(List<String> codes) {
        List<String> descriptions = new ArrayList<>();
        for (String code : codes) {
            if (promotions.containsKey(code)) {
                descriptions.add(promotions.get(code).code().toUpperCase());
            }
        }
        return descriptions;
    }
}
