// Result of a fraud check: a risk score between 0 and 1 and the rules that fired.
package ignoredfutures.case04;

import java.util.List;

public record FraudScore(String paymentId, double risk, List<String> reasons, boolean known) {

    public static FraudScore unknown(String paymentId) {
        return new FraudScore(paymentId, 0.5, List.of("scoring unavailable"), false);
    }

    public boolean blocks() {
        return known && risk >= 0.9;
    }
}
