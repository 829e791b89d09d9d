package com.cobalt.mesh.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.KeyLengthException;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signs the short-lived tokens services present to each other on the internal mesh.
 */
@Component
public class ServiceTokenIssuer {

    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private final JWSSigner signer;
    private final String serviceName;

    public ServiceTokenIssuer(@Value("${spring.application.name}") String serviceName) throws KeyLengthException {
        this.serviceName = serviceName;
        var sharedKey = "mP4xV8qL2rT6wZ0nB3cF7hJ1kD5sG9aY";
        if (sharedKey.length() < 32) {
            throw new IllegalStateException("shared key must be at least 256 bits");
        }
        this.signer = new MACSigner(sharedKey);
    }

    public String issue(String audience) throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(serviceName)
                .audience(audience)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(signer);
        return jwt.serialize();
    }
}
