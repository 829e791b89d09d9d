package com.hookshield.webhooks.verify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class WebhookSignatureVerifier {

    private final byte[] signingKey;

    public WebhookSignatureVerifier(@Value("${webhooks.signing-key}") String signingKey) {
        this.signingKey = signingKey.getBytes(StandardCharsets.UTF_8);
    }

    public boolean verify(String timestamp, String payload, String signatureHeader) {
        if (signatureHeader == null || !signatureHeader.startsWith("v1=")) {
            return false;
        }
        byte[] actual;
        try {
            actual = HexFormat.of().parseHex(signatureHeader.substring(3));
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] expected = sign(timestamp + "." + payload);
        if (expected.length != actual.length) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < expected.length; i++) {
            diff |= expected[i] ^ actual[i];
        }
        return diff == 0;
    }

    private byte[] sign(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey, "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot compute webhook signature", e);
        }
    }
}
