package com.inkflow.esign.session;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class InvitationTokens {

    private final Algorithm algorithm;

    public InvitationTokens(@Value("${esign.invitations.secret}") String secret) {
        this.algorithm = Algorithm.HMAC256(secret);
    }

    public String issue(String envelopeId, String signerEmail) {
        return JWT.create()
                .withIssuer("inkflow")
                .withSubject(signerEmail)
                .withClaim("env", envelopeId)
                .withExpiresAt(Instant.now().plus(Duration.ofDays(14)))
                .sign(algorithm);
    }

    public JWTVerifier verifier() {
        return JWT.require(algorithm).withIssuer("inkflow").build();
    }
}
