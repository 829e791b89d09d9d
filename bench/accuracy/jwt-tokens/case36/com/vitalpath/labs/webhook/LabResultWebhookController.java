package com.vitalpath.labs.webhook;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class LabResultWebhookController {

    private final LabKeyRegistry labKeys;
    private final LabResultInbox inbox;

    public LabResultWebhookController(LabKeyRegistry labKeys, LabResultInbox inbox) {
        this.labKeys = labKeys;
        this.inbox = inbox;
    }

    @PostMapping("/webhooks/lab-results")
    public ResponseEntity<Void> receive(@RequestHeader("X-Lab-Signature") String signatureJwt,
                                        @RequestBody String payload) {
        try {
            SignedJWT jwt = SignedJWT.parse(signatureJwt);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
                return ResponseEntity.status(401).build();
            }
            RSAPublicKey key = labKeys.keyFor(jwt.getHeader().getKeyID());
            if (key == null || !jwt.verify(new RSASSAVerifier(key))) {
                return ResponseEntity.status(401).build();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            String labId = claims.getIssuer();
            String digest = claims.getStringClaim("body_sha256");
            if (!PayloadDigest.sha256Hex(payload).equals(digest)) {
                return ResponseEntity.status(400).build();
            }
            inbox.accept(labId, payload);
            return ResponseEntity.accepted().build();
        } catch (ParseException | JOSEException ex) {
            return ResponseEntity.status(401).build();
        }
    }

    public interface LabResultInbox {
        void accept(String labId, String payload);
    }
}
