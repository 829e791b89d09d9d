package io.hookrelay.delivery;

import java.net.URI;
import java.time.Instant;
import java.util.List;

public interface SubscriptionStore {

    record Subscription(long id, URI callbackUrl, String secret) {
    }

    List<Subscription> findActiveFor(String eventType);

    void markFailure(long subscriptionId, Instant at);
}
