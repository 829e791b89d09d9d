package nulls.case28;

import java.net.URI;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

@Component
public class WebhookRetryWorker {

    private static final Logger log = LoggerFactory.getLogger(WebhookRetryWorker.class);

    public record WebhookDelivery(URI url, String payload, int attempt) {
    }

    private final BlockingQueue<WebhookDelivery> retries = new LinkedBlockingQueue<>();
    private final RestClient restClient;

    public WebhookRetryWorker(RestClient restClient) {
        this.restClient = restClient;
    }

    public void scheduleRetry(WebhookDelivery delivery) {
        retries.offer(delivery);
    }

    @Scheduled(fixedDelay = 30_000)
    public void drain() {
        WebhookDelivery delivery;
        while ((delivery = retries.poll()) != null) {
            deliver(delivery);
        }
        WebhookDelivery head = retries.peek();
        if (head != null) {
            log.info("webhooks still queued, next for {}", head.url());
        }
    }

    private void deliver(WebhookDelivery delivery) {
        try {
            restClient.post().uri(delivery.url()).body(delivery.payload()).retrieve().toBodilessEntity();
        } catch (RestClientException e) {
            if (delivery.attempt() < 5) {
                retries.offer(new WebhookDelivery(delivery.url(), delivery.payload(), delivery.attempt() + 1));
            } else {
                log.error("giving up on webhook to {}", delivery.url(), e);
            }
        }
    }
}
