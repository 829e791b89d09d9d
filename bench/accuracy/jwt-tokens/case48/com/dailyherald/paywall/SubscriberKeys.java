package com.dailyherald.paywall;

import io.jsonwebtoken.security.Keys;
import java.util.Base64;
import javax.crypto.SecretKey;

public record SubscriberKeys(SecretKey hmacKey) {

    public static SubscriberKeys fromEnvironment() {
        String encoded = System.getenv("HERALD_SUBSCRIBER_KEY");
        if (encoded == null) {
            throw new IllegalStateException("HERALD_SUBSCRIBER_KEY is not set");
        }
        return new SubscriberKeys(Keys.hmacShaKeyFor(Base64.getDecoder().decode(encoded)));
    }
}
