package com.streamly.accounts.subscriptions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

@Service
public class SubscriptionService {

    private final SubscriptionRepository subscriptionRepository;
    private final Clock clock;

    public SubscriptionService(SubscriptionRepository subscriptionRepository, Clock clock) {
        this.subscriptionRepository = subscriptionRepository;
        this.clock = clock;
    }

    public List<Subscription> activeSubscriptions() {
        return subscriptionRepository.findAllByActiveTrueOrderByRenewsOnAsc();
    }

    public Subscription cancel(String accountId) {
        Subscription current = subscriptionRepository.findByAccountIdAndActiveTrue(accountId)
                .orElseThrow(() -> new IllegalStateException("no active subscription for " + accountId));
        Subscription cancelled = new Subscription(current.id(), current.accountId(), current.plan(),
                current.renewsOn(), false, LocalDate.now(clock));
        return subscriptionRepository.save(cancelled);
    }
}
