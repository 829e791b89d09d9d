package com.relaypoint.admin.tools;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Generates partner API keys and the SHA-256 digests stored in the {@code partner_keys} table.
 * Run by operators from the admin jar: {@code java -cp admin.jar com.relaypoint.admin.tools.ApiKeyGenerator 3}.
 */
public class ApiKeyGenerator {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static void main(String... args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        String prefix = args.length > 1 ? args[1] : KeyFormat.LIVE_PREFIX;
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            System.out.println("key\tsha256");
            for (int i = 0; i < count; i++) {
                byte[] raw = new byte[KeyFormat.RANDOM_BYTES];
                RANDOM.nextBytes(raw);
                String key = prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
                String digest = HexFormat.of().formatHex(sha256.digest(key.getBytes(StandardCharsets.UTF_8)));
                System.out.println(key + "\t" + digest);
            }
        } catch (NoSuchAlgorithmException e) {
            e.printStackTrace();
            System.exit(1);
        }
    }
}
