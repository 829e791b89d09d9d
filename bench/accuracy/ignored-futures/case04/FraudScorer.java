// Rule-based fraud scorer over the customer's recent payment history.
package ignoredfutures.case04;

import java.math.BigDecimal;
import java.util.ArrayList;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class FraudScorer {

    private final JdbcClient jdbcClient;

    public FraudScorer(JdbcClient jdbcClient) {
        this.jdbcClient = jdbcClient;
    }

    public FraudScore score(PaymentAttempt payment) {
        var reasons = new ArrayList<String>();
        double risk = 0.05;
        int recent = jdbcClient.sql("SELECT COUNT(id) FROM payments WHERE customer_id = ? AND created_at > now() - interval '1 hour'")
                .param(payment.customerId())
                .query(Integer.class)
                .single();
        if (recent > 5) {
            risk += 0.4;
            reasons.add("velocity");
        }
        if (payment.amount().compareTo(new BigDecimal("5000")) > 0) {
            risk += 0.3;
            reasons.add("amount");
        }
        if (!payment.cardCountry().equals(payment.ipCountry())) {
            risk += 0.25;
            reasons.add("country mismatch");
        }
        return new FraudScore(payment.paymentId(), Math.min(risk, 1.0), reasons, true);
    }

    public record PaymentAttempt(String paymentId, long customerId, BigDecimal amount,
                                 String cardCountry, String ipCountry) {
    }
}
