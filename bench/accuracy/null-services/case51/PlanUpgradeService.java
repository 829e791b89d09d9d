package nulls.case51;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PlanUpgradeService {

    public record UpgradeQuote(String fromPlan, String toPlan, BigDecimal credit) {
    }

    private final SubscriptionRepository subscriptions;
    private final Clock clock;

    public PlanUpgradeService(SubscriptionRepository subscriptions, Clock clock) {
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public UpgradeQuote quote(long customerId, String targetPlan) {
        Subscription current =
                subscriptions.findFirstByCustomerIdAndStatusOrderByStartedOnDesc(customerId, "ACTIVE");
        BigDecimal credit = current.remainingCredit(LocalDate.now(clock)); // deref
        return new UpgradeQuote(current.getPlan(), targetPlan, credit);
    }
}
