package com.hookshield.webhooks.verify;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class WebhookController {

    private final WebhookSignatureVerifier verifier;

    public WebhookController(WebhookSignatureVerifier verifier) {
        this.verifier = verifier;
    }

    @PostMapping("/webhooks/payments")
    public ResponseEntity<Void> receive(@RequestHeader("X-Hook-Timestamp") String timestamp,
                                        @RequestHeader("X-Hook-Signature") String signature,
                                        @RequestBody String payload) {
        if (!verifier.verify(timestamp, payload, signature)) {
            return ResponseEntity.status(401).build();
        }
        return ResponseEntity.accepted().build();
    }
}
