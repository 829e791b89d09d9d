package io.hookline.integrations.webhooks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class WebhookController {

    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    private final SignatureVerifier verifier;

    public WebhookController(SignatureVerifier verifier) {
        this.verifier = verifier;
    }

    @PostMapping("/webhooks/repository")
    public ResponseEntity<Void> receive(@RequestHeader(value = "X-Hub-Signature-256", required = false) String signature,
                                        @RequestBody String payload) {
        if (!verifier.isValid(payload, signature)) {
            log.warn("Rejected webhook with bad signature");
            return ResponseEntity.status(401).build();
        }
        return ResponseEntity.accepted().build();
    }
}
