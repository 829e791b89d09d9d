// CompletableFuture.completedFuture(x) as a statement: nothing runs and nothing can fail, so dropping it loses no work (a leftover of a stubbed async port).
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

record LoyaltyPoints(String customerId, int points) {
}

@Component
class LoyaltyPointsStub {

    private static final Logger log = LoggerFactory.getLogger(LoyaltyPointsStub.class);

    void award(String customerId, int points) {
        var awarded = new LoyaltyPoints(customerId, points);
        CompletableFuture.completedFuture(awarded);
        log.info("stub awarded {} points to {}", points, customerId);
    }
}
