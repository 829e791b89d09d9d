package com.shipfast.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SignatureException;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

@Component
public class WebhookSignatureVerifier {

    private final Map<String, byte[]> secretsByProvider;

    public WebhookSignatureVerifier(CarrierSecrets secrets) {
        this.secretsByProvider = secrets.asMap();
    }

    public void verify(String provider, String payload, String signatureHex) throws SignatureException {
        byte[] secret = secretsByProvider.get(provider);
        if (secret == null) {
            throw new SignatureException("Unknown provider " + provider);
        }
        byte[] expected;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            expected = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new SignatureException("HMAC not available for " + provider, e);
        }
        if (!MessageDigest.isEqual(expected, HexFormat.of().parseHex(signatureHex))) {
            throw new SignatureException("Signature mismatch for " + provider);
        }
    }

    public interface CarrierSecrets {
        Map<String, byte[]> asMap();
    }
}
