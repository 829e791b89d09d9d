package com.fieldops.workorders.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Verifies tokens of the technician app. Devices sync work orders after shifts in areas
 * without coverage, so tokens arrive late.
 */
@Component
public class TechnicianTokenVerifier {

    private final JWTVerifier verifier;

    public TechnicianTokenVerifier(TechnicianKeyProvider keys) {
        RSAPublicKey publicKey = keys.currentPublicKey();
        this.verifier = JWT.require(Algorithm.RSA256(publicKey, null))
                .withIssuer("fieldops-identity")
                .withAudience("workorders")
                .acceptLeeway(Duration.ofDays(2).toSeconds())
                .build();
    }

    public Optional<Technician> verify(String token) {
        try {
            DecodedJWT jwt = verifier.verify(token);
            return Optional.of(new Technician(
                    jwt.getSubject(),
                    jwt.getClaim("region").asString(),
                    Boolean.TRUE.equals(jwt.getClaim("supervisor").asBoolean())));
        } catch (JWTVerificationException ex) {
            return Optional.empty();
        }
    }

    public record Technician(String id, String region, boolean supervisor) {
    }
}
