package com.harbormaster.berths.auth;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class BerthBookingTokenVerifier {

    private final JwtParser parser;

    public BerthBookingTokenVerifier(@Value("${berths.agent-token.secret}") String secret,
                                     @Value("${berths.agent-token.clock-skew-seconds:120}") long clockSkewSeconds) {
        this.parser = Jwts.parser()
                .verifyWith(Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8)))
                .clockSkewSeconds(clockSkewSeconds)
                .build();
    }

    public ShippingAgent verify(String token) {
        try {
            Claims claims = parser.parseSignedClaims(token).getPayload();
            return new ShippingAgent(claims.getSubject(), claims.get("imo", String.class), claims.get("port", String.class));
        } catch (ExpiredJwtException ex) {
            throw new AgentTokenException("Agent token expired at " + ex.getClaims().getExpiration());
        } catch (JwtException ex) {
            throw new AgentTokenException("Agent token invalid");
        }
    }

    public record ShippingAgent(String agentId, String vesselImo, String portCode) {
    }

    public static class AgentTokenException extends RuntimeException {
        public AgentTokenException(String message) {
            super(message);
        }
    }
}
