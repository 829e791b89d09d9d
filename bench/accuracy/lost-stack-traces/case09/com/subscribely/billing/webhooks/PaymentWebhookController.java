package com.subscribely.billing.webhooks;

import java.time.Clock;
import java.time.Instant;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PaymentWebhookController {

    private final PaymentWebhookVerifier verifier;
    private final Clock clock;

    public PaymentWebhookController(PaymentWebhookVerifier verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @PostMapping("/webhooks/payments")
    public ResponseEntity<Void> receive(@RequestHeader("Payment-Signature") String signature, @RequestBody String payload) {
        verifier.verify(payload, signature, Instant.now(clock));
        return ResponseEntity.noContent().build();
    }
}
