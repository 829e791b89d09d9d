// Payment fraud check with a latency budget: scoring runs on the scoring pool and the caller
// waits at most the configured budget before falling back to an unknown score.
package ignoredfutures.case04;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class FraudCheckService {

    private static final Logger log = LoggerFactory.getLogger(FraudCheckService.class);

    private final ExecutorService scoringPool;
    private final FraudScorer scorer;
    private final long budgetMillis;

    public FraudCheckService(@Qualifier("scoringPool") ExecutorService scoringPool, FraudScorer scorer,
                             @Value("${fraud.budget-ms:800}") long budgetMillis) {
        this.scoringPool = scoringPool;
        this.scorer = scorer;
        this.budgetMillis = budgetMillis;
    }

    public FraudScore check(FraudScorer.PaymentAttempt payment) {
        Future<FraudScore> pending = scoringPool.submit(() -> scorer.score(payment));
        try {
            return pending.get(budgetMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            log.warn("fraud scoring of {} exceeded {} ms", payment.paymentId(), budgetMillis);
            return FraudScore.unknown(payment.paymentId());
        } catch (ExecutionException e) {
            log.error("fraud scoring of {} failed", payment.paymentId(), e.getCause());
            return FraudScore.unknown(payment.paymentId());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FraudScore.unknown(payment.paymentId());
        }
    }
}
