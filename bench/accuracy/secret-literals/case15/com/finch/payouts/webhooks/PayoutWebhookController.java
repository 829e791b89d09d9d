package com.finch.payouts.webhooks;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PayoutWebhookController {

    private final WebhookSignatureVerifier verifier;

    public PayoutWebhookController(WebhookSignatureVerifier verifier) {
        this.verifier = verifier;
    }

    @PostMapping("/webhooks/payouts")
    public ResponseEntity<Void> receive(@RequestBody String payload,
                                        @RequestHeader(value = WebhookSignatureVerifier.SIGNATURE_HEADER, required = false) String signature) {
        return verifier.isValid(payload, signature)
                ? ResponseEntity.accepted().build()
                : ResponseEntity.status(401).build();
    }
}
