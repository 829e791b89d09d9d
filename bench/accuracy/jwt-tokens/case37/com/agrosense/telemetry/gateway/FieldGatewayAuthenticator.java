package com.agrosense.telemetry.gateway;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import java.security.PublicKey;
import org.springframework.stereotype.Component;

@Component
public class FieldGatewayAuthenticator {

    private final JwtParser parser;

    public FieldGatewayAuthenticator(GatewayKeyStore keyStore) {
        PublicKey fleetKey = keyStore.fleetVerificationKey();
        this.parser = Jwts.parser()
                .verifyWith(fleetKey)
                .requireAudience(TelemetryAuthDefaults.AUDIENCE)
                .clockSkewSeconds(TelemetryAuthDefaults.OFFLINE_CLOCK_SKEW_SECONDS)
                .build();
    }

    public GatewayIdentity authenticate(String token) {
        try {
            Claims claims = parser.parseSignedClaims(token).getPayload();
            return new GatewayIdentity(claims.getSubject(), claims.get("farm", String.class));
        } catch (JwtException ex) {
            throw new GatewayRejectedException(ex.getMessage());
        }
    }

    public record GatewayIdentity(String gatewayId, String farmId) {
    }

    public interface GatewayKeyStore {
        PublicKey fleetVerificationKey();
    }

    public static class GatewayRejectedException extends RuntimeException {
        public GatewayRejectedException(String message) {
            super(message);
        }
    }
}
