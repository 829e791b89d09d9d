package com.streamly.accounts.subscriptions;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/admin/subscriptions")
public class SubscriptionController {

    private final SubscriptionService subscriptionService;

    public SubscriptionController(SubscriptionService subscriptionService) {
        this.subscriptionService = subscriptionService;
    }

    public record RenewalView(String accountId, String plan, LocalDate renewsOn) {
    }

    @GetMapping("/active")
    public List<RenewalView> active() {
        return subscriptionService.activeSubscriptions().stream()
                .map(s -> new RenewalView(s.accountId(), s.plan(), s.renewsOn()))
                .toList();
    }
}
