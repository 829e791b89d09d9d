package com.finch.payments.webhooks;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PaymentWebhookController {

    private final WebhookSignatureVerifier verifier;
    private final PaymentEventHandler handler;

    public PaymentWebhookController(WebhookSignatureVerifier verifier, PaymentEventHandler handler) {
        this.verifier = verifier;
        this.handler = handler;
    }

    @PostMapping("/webhooks/payments")
    public ResponseEntity<Void> receive(@RequestBody String payload,
                                        @RequestHeader(value = "Finch-Signature", required = false) String signature) {
        if (!verifier.isValid(payload, signature)) {
            return ResponseEntity.badRequest().build();
        }
        handler.handle(payload);
        return ResponseEntity.noContent().build();
    }
}
