package io.hookrelay.delivery;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

@Service
public class WebhookDispatcher {

    private final RestClient restClient;
    private final SubscriptionStore subscriptions;
    private final WebhookSigner signer;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    public WebhookDispatcher(RestClient restClient, SubscriptionStore subscriptions, WebhookSigner signer) {
        this.restClient = restClient;
        this.subscriptions = subscriptions;
        this.signer = signer;
    }

    public void dispatch(String eventType, String payloadJson) {
        for (SubscriptionStore.Subscription sub : subscriptions.findActiveFor(eventType)) {
            try {
                restClient.post()
                        .uri(sub.callbackUrl())
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("X-Hook-Signature", signer.sign(payloadJson, sub.secret()))
                        .body(payloadJson)
                        .retrieve()
                        .toBodilessEntity();
                delivered.incrementAndGet();
            } catch (RestClientException e) {
                failed.incrementAndGet();
                subscriptions.markFailure(sub.id(), Instant.now());
            }
        }
    }

    public long deliveredCount() {
        return delivered.get();
    }

    public long failedCount() {
        return failed.get();
    }
}
