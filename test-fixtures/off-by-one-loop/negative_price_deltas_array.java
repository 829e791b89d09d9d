// A pricing report that computes day-to-day deltas into a shorter array, reading `prices[i + 1]` under `i < prices.length - 1`.
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

@Component
class PriceDeltaReport {

    public BigDecimal[] deltas(BigDecimal[] prices) {
        if (prices.length < 2) {
            return new BigDecimal[0];
        }
        BigDecimal[] deltas = new BigDecimal[prices.length - 1];
        for (int i = 0; i < prices.length - 1; i++) {
            deltas[i] = prices[i + 1].subtract(prices[i]);
        }
        return deltas;
    }
}
