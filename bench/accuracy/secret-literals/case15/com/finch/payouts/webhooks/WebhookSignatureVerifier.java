package com.finch.payouts.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

@Component
public class WebhookSignatureVerifier {

    static final String SIGNATURE_HEADER = "Finch-Signature";
    private static final String HMAC_ALGORITHM = "HmacSHA256";
    private static final String WEBHOOK_SECRET_PROPERTY = "payouts.webhook.secret";

    private final SecretKeySpec key;

    public WebhookSignatureVerifier(Environment environment) {
        String secret = environment.getRequiredProperty(WEBHOOK_SECRET_PROPERTY);
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC_ALGORITHM);
    }

    public boolean isValid(String payload, String signatureHex) {
        if (signatureHex == null || signatureHex.isBlank()) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance(HMAC_ALGORITHM);
            mac.init(key);
            byte[] expected = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(expected, HexFormat.of().parseHex(signatureHex));
        } catch (IllegalArgumentException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC not available", e);
        }
    }
}
