package com.tillpoint.pos.terminal;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Store terminals keep their own clocks and resync only overnight.
 */
@Component
public class TerminalTokenParser {

    private final JwtParser parser;

    public TerminalTokenParser(@Value("${pos.terminal.token-key}") String base64Key) {
        SecretKey key = Keys.hmacShaKeyFor(Base64.getDecoder().decode(base64Key));
        this.parser = Jwts.parserBuilder()
                .setSigningKey(key)
                .requireIssuer("tillpoint-enrolment")
                .setAllowedClockSkewSeconds(TimeUnit.DAYS.toSeconds(1))
                .build();
    }

    public TerminalIdentity parse(String token) {
        try {
            Claims claims = parser.parseClaimsJws(token).getBody();
            return new TerminalIdentity(
                    claims.getSubject(),
                    claims.get("store", String.class),
                    claims.get("lane", Integer.class));
        } catch (JwtException ex) {
            throw new TerminalNotEnrolledException(ex.getMessage());
        }
    }

    public record TerminalIdentity(String terminalId, String storeId, Integer lane) {
    }

    public static class TerminalNotEnrolledException extends RuntimeException {
        public TerminalNotEnrolledException(String message) {
            super(message);
        }
    }
}
