// Payment provider webhooks: the provider retries a delivery until it gets a 2xx, so each
// delivery id is handled once per instance; an admin endpoint tells whether a delivery was seen.
package checkthenact.case14;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PaymentWebhookController {

    private static final Logger log = LoggerFactory.getLogger(PaymentWebhookController.class);

    private final Set<String> handledDeliveries = ConcurrentHashMap.newKeySet();
    private final PaymentEventHandler handler;

    public PaymentWebhookController(PaymentEventHandler handler) {
        this.handler = handler;
    }

    @PostMapping("/webhooks/payments")
    public ResponseEntity<Void> receive(@RequestHeader("Webhook-Delivery-Id") String deliveryId,
                                        @RequestBody PaymentEvent event) {
        if (!handledDeliveries.add(deliveryId)) {
            log.debug("delivery {} already handled", deliveryId);
            return ResponseEntity.ok().build();
        }
        try {
            handler.handle(event);
        } catch (RuntimeException e) {
            handledDeliveries.remove(deliveryId);
            throw e;
        }
        return ResponseEntity.accepted().build();
    }

    @GetMapping("/admin/webhooks/payments/{deliveryId}")
    public boolean seen(@PathVariable String deliveryId) {
        return handledDeliveries.contains(deliveryId);
    }
}
