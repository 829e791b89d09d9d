package com.shipfast.webhooks;

import java.security.SignatureException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/webhooks/carriers")
public class CarrierWebhookController {

    private static final Logger log = LoggerFactory.getLogger(CarrierWebhookController.class);

    private final WebhookSignatureVerifier verifier;
    private final ApplicationEventPublisher events;

    public CarrierWebhookController(WebhookSignatureVerifier verifier, ApplicationEventPublisher events) {
        this.verifier = verifier;
        this.events = events;
    }

    @PostMapping("/{provider}")
    public ResponseEntity<Void> receive(@PathVariable String provider,
            @RequestHeader("X-Signature") String signature,
            @RequestBody String payload) {
        try {
            verifier.verify(provider, payload, signature);
        } catch (SignatureException e) {
            log.warn("Webhook signature check failed for {}: {}", provider, e.getMessage(), e);
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        events.publishEvent(new CarrierEventReceived(provider, payload));
        return ResponseEntity.accepted().build();
    }

    public record CarrierEventReceived(String provider, String payload) {
    }
}
