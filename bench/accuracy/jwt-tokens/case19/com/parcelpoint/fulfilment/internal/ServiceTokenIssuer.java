package com.parcelpoint.fulfilment.internal;

import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Issues short-lived tokens for calls between fulfilment services.
 */
@Component
public class ServiceTokenIssuer {

    private static final Duration LIFETIME = Duration.ofMinutes(2);

    private final SignatureAlgorithm algorithm;
    private final byte[] secret;
    private final String serviceName;

    public ServiceTokenIssuer(ServiceAuthProperties properties) {
        this.algorithm = switch (properties.getSigning()) {
            case HS256 -> SignatureAlgorithm.HS256;
            case HS512 -> SignatureAlgorithm.HS512;
            case DISABLED -> SignatureAlgorithm.NONE;
        };
        this.secret = properties.getSharedSecret() == null
                ? new byte[0]
                : properties.getSharedSecret().getBytes(StandardCharsets.UTF_8);
        this.serviceName = properties.getServiceName();
    }

    public String issue(String targetService) {
        Instant now = Instant.now();
        JwtBuilder builder = Jwts.builder()
                .setId(UUID.randomUUID().toString())
                .setIssuer(serviceName)
                .setSubject(serviceName)
                .setAudience(targetService)
                .setIssuedAt(Date.from(now))
                .setExpiration(Date.from(now.plus(LIFETIME)));
        if (algorithm.isHmac()) {
            builder.signWith(algorithm, secret);
        }
        return builder.compact();
    }
}
