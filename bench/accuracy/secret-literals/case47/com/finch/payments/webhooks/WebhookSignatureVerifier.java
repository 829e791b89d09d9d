package com.finch.payments.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

@Component
public class WebhookSignatureVerifier {

    private static final String HMAC_SHA256 = "HmacSHA256";
    private static final long TOLERANCE_SECONDS = 300;

    public boolean isValid(String payload, String signatureHeader) {
        Map<String, String> parts = parse(signatureHeader);
        String timestamp = parts.get("t");
        String signature = parts.get("v1");
        if (timestamp == null || signature == null) {
            return false;
        }
        long age = Instant.now().getEpochSecond() - Long.parseLong(timestamp);
        if (Math.abs(age) > TOLERANCE_SECONDS) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance(HMAC_SHA256);
            mac.init(new SecretKeySpec("whsec_5Yb8Kp2Qm7Xr4Tn1Vc9Lz3Hd6Fw0Js".getBytes(StandardCharsets.UTF_8), HMAC_SHA256));
            byte[] expected = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(
                    HexFormat.of().formatHex(expected).getBytes(StandardCharsets.UTF_8),
                    signature.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC not available", e);
        }
    }

    private static Map<String, String> parse(String header) {
        Map<String, String> parts = new HashMap<>();
        if (header == null) {
            return parts;
        }
        for (String item : header.split(",")) {
            int eq = item.indexOf('=');
            if (eq > 0) {
                parts.putIfAbsent(item.substring(0, eq).trim(), item.substring(eq + 1).trim());
            }
        }
        return parts;
    }
}
