package com.streamly.accounts.subscriptions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.repository.ListCrudRepository;

public interface SubscriptionRepository extends ListCrudRepository<Subscription, Long> {

    List<Subscription> findAllByActiveTrueOrderByRenewsOnAsc();

    Optional<Subscription> findByAccountIdAndActiveTrue(String accountId);
}

record Subscription(
        @Id Long id,
        String accountId,
        String plan,
        LocalDate renewsOn,
        boolean active,
        LocalDate cancelledOn) {
}
