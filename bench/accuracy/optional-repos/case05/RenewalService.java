package opt.case05;

import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class RenewalService {

    private static final Logger log = LoggerFactory.getLogger(RenewalService.class);

    private final SubscriptionRepository subscriptions;

    public RenewalService(SubscriptionRepository subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Transactional
    public LocalDate extend(Long customerId, int months) {
        Optional<Subscription> current = subscriptions.findByCustomerId(customerId);
        LocalDate previous = current.get().getRenewsOn(); // get
        if (current.isEmpty()) {
            log.warn("Customer {} has no subscription to extend", customerId);
            return null;
        }
        Subscription subscription = current.get();
        subscription.setRenewsOn(previous.plusMonths(months));
        subscriptions.save(subscription);
        return subscription.getRenewsOn();
    }
}
