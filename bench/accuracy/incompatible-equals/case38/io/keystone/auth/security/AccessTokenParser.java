package io.keystone.auth.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

@Component
public class AccessTokenParser {

    private static final Pattern JTI = Pattern.compile("\"jti\"\\s*:\\s*\"([^\"]+)\"");

    /** Returns the {@code jti} claim of a token the gateway has already verified. */
    public String tokenId(String bearerToken) {
        String[] parts = bearerToken.split("\\.");
        if (parts.length != 3) {
            return null;
        }
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        Matcher m = JTI.matcher(payload);
        return m.find() ? m.group(1) : null;
    }
}
