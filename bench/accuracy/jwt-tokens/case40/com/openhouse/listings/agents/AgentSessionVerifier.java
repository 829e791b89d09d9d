package com.openhouse.listings.agents;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import jakarta.annotation.PostConstruct;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import org.springframework.stereotype.Component;

@Component
public class AgentSessionVerifier {

    private final AgentAuthProperties properties;
    private JwtParser parser;

    public AgentSessionVerifier(AgentAuthProperties properties) {
        this.properties = properties;
    }

    @PostConstruct
    void init() throws GeneralSecurityException {
        String pem = properties.publicKeyPem()
                .replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        PublicKey publicKey = KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        parser = Jwts.parser()
                .verifyWith(publicKey)
                .requireIssuer(properties.issuer())
                .build();
    }

    public Optional<Agent> verify(String token) {
        if (token == null || !parser.isSigned(token)) {
            return Optional.empty();
        }
        try {
            Claims claims = parser.parseSignedClaims(token).getPayload();
            return Optional.of(new Agent(claims.getSubject(),
                    claims.get("brokerage", String.class),
                    claims.get("license", String.class)));
        } catch (JwtException ex) {
            return Optional.empty();
        }
    }

    public record Agent(String agentId, String brokerageId, String licenseNumber) {
    }
}
