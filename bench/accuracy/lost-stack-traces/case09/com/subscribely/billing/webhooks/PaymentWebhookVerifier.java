package com.subscribely.billing.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class PaymentWebhookVerifier {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final byte[] signingSecret;

    public PaymentWebhookVerifier(@Value("${billing.webhook.signing-secret}") String signingSecret) {
        this.signingSecret = signingSecret.getBytes(StandardCharsets.UTF_8);
    }

    public void verify(String payload, String signatureHeader, Instant now) {
        Map<String, String> parts = parse(signatureHeader);
        String timestamp = parts.get("t");
        String expected = parts.get("v1");
        if (timestamp == null || expected == null) {
            throw new SecurityException("Malformed signature header");
        }
        Instant signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp));
        if (Duration.between(signedAt, now).abs().compareTo(TOLERANCE) > 0) {
            throw new SecurityException("Webhook timestamp outside tolerance");
        }
        byte[] actual;
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(signingSecret, ALGORITHM));
            actual = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new SecurityException("Could not compute webhook signature");
        }
        if (!MessageDigest.isEqual(actual, HexFormat.of().parseHex(expected))) {
            throw new SecurityException("Webhook signature mismatch");
        }
    }

    private static Map<String, String> parse(String header) {
        Map<String, String> parts = new HashMap<>();
        for (String item : header.split(",")) {
            int eq = item.indexOf('=');
            if (eq > 0) {
                parts.putIfAbsent(item.substring(0, eq).trim(), item.substring(eq + 1).trim());
            }
        }
        return parts;
    }
}
