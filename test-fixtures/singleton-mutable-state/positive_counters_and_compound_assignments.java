// Counters and totals of singletons moved by ++ and -- (prefix and postfix, in switch arms), compound assignment and assignment inside a handler's lambda; volatile does not make ++ atomic.
import java.math.BigDecimal;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

@Component
class RequestMetrics {

    enum Outcome { SUCCESS, CLIENT_ERROR, SERVER_ERROR }

    private long requests;  // expect: singleton-mutable-state "`requests`"
    private int inFlight;  // expect: singleton-mutable-state "`inFlight`"
    private long totalMillis;  // expect: singleton-mutable-state "`totalMillis`"
    private double averageMillis;  // expect: singleton-mutable-state "`averageMillis`"
    private long failures;  // expect: singleton-mutable-state "`failures`"
    private volatile int rejected;  // expect: singleton-mutable-state "`rejected`"

    void started() {
        requests++;
        ++inFlight;
    }

    void finished(long millis, Outcome outcome) {
        inFlight--;
        totalMillis += millis;
        averageMillis = (double) totalMillis / requests;
        switch (outcome) {
            case SUCCESS -> { }
            case CLIENT_ERROR, SERVER_ERROR -> failures++;
        }
    }

    void rejectedOne() {
        rejected++;
    }

    String summary() {
        return "%d requests, %d in flight, %.1f ms average, %d failed, %d rejected"
                .formatted(requests, inFlight, averageMillis, failures, rejected);
    }
}

@Service
class LoyaltyPointsService {

    record Purchase(String sku, BigDecimal amount) {
    }

    private BigDecimal lifetimeRevenue = BigDecimal.ZERO;  // expect: singleton-mutable-state "`lifetimeRevenue`"
    private int pointsAwarded;  // expect: singleton-mutable-state "`pointsAwarded`"
    private int multiplier = 1;  // expect: singleton-mutable-state "`multiplier`"

    int award(List<Purchase> purchases) {
        purchases.forEach(p -> lifetimeRevenue = lifetimeRevenue.add(p.amount()));
        int points = purchases.stream().mapToInt(p -> p.amount().intValue() / 10).sum() * multiplier;
        this.pointsAwarded += points;
        return points;
    }

    void revoke(int points) {
        pointsAwarded -= points;
    }

    void doublePointsWeekend(boolean on) {
        multiplier *= on ? 2 : 1;
    }
}
