package com.keyforge.security.codec;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.springframework.stereotype.Component;

@Component
public class ApiKeyHasher {

    public String hash(String apiKey) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexCodec.encode(digest.digest(apiKey.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }

    public boolean matches(String apiKey, String storedHash) {
        byte[] expected = HexCodec.decode(storedHash);
        byte[] actual = HexCodec.decode(hash(apiKey));
        return MessageDigest.isEqual(expected, actual);
    }
}
