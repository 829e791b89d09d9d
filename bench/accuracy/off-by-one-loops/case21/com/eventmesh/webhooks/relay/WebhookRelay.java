package com.eventmesh.webhooks.relay;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class WebhookRelay {

    private static final Logger log = LoggerFactory.getLogger(WebhookRelay.class);
    private static final int MAX_ATTEMPTS = 8;

    private final WebhookSender sender;

    public WebhookRelay(WebhookSender sender) {
        this.sender = sender;
    }

    /**
     * Sends each delivery once and returns those that should be retried later.
     */
    public List<WebhookDelivery> deliver(List<WebhookDelivery> deliveries) {
        List<WebhookDelivery> retry = new ArrayList<>();
        int i = 0;
        while (i < deliveries.size()) {
            WebhookDelivery delivery = deliveries.get(i);
            int status = sender.send(delivery);
            if (status >= 500 || status == 429) {
                if (delivery.attempt() + 1 < MAX_ATTEMPTS) {
                    retry.add(new WebhookDelivery(delivery.deliveryId(), delivery.endpoint(),
                            delivery.eventType(), delivery.body(), delivery.attempt() + 1));
                } else {
                    log.warn("Giving up on delivery {} to {} after {} attempts",
                            delivery.deliveryId(), delivery.endpoint(), MAX_ATTEMPTS);
                }
            }
            i++;
        }
        return retry;
    }
}
