package com.subscribely.billing.web;

import com.subscribely.billing.subscription.Subscription;
import com.subscribely.billing.subscription.SubscriptionRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@RestController
@RequestMapping("/subscriptions")
public class SubscriptionController {

    public record SubscriptionDto(long id, String plan, String status, LocalDate renewsOn, boolean autoRenew) {

        static SubscriptionDto from(Subscription s) {
            return new SubscriptionDto(s.getId(), s.getPlan(), s.getStatus(), s.getRenewsOn(), s.isAutoRenew());
        }
    }

    private final SubscriptionRepository subscriptions;

    public SubscriptionController(SubscriptionRepository subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GetMapping("/{id}")
    public Optional<SubscriptionDto> subscription(@PathVariable long id) {
        return subscriptions.findById(id).map(SubscriptionDto::from);
    }

    @GetMapping("/renewing")
    public List<Long> renewingIds(@RequestParam LocalDate on) {
        return subscriptions.findByRenewsOn(on).stream()
                .filter(Subscription::isAutoRenew)
                .map(Subscription::getId)
                .toList();
    }
}
