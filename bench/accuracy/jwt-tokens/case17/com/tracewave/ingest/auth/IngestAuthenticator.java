package com.tracewave.ingest.auth;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParserBuilder;
import io.jsonwebtoken.Jwts;
import java.util.Set;
import org.springframework.stereotype.Component;

@Component
public class IngestAuthenticator {

    private final TenantDirectory tenants;

    public IngestAuthenticator(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    public IngestPrincipal authenticate(String tenantSlug, String token) {
        TenantDirectory.Tenant tenant = tenants.bySlug(tenantSlug)
                .orElseThrow(() -> new IngestAuthException("Unknown tenant " + tenantSlug));

        JwtParserBuilder builder = Jwts.parser()
                .requireIssuer(tenant.issuer())
                .clockSkewSeconds(30);
        if (tenant.audience() != null) {
            builder.requireAudience(tenant.audience());
        }

        try {
            Jws<Claims> jws = builder.build().parseSignedClaims(token);
            Claims claims = jws.getPayload();
            @SuppressWarnings("unchecked")
            var streams = (java.util.List<String>) claims.get("streams", java.util.List.class);
            return new IngestPrincipal(tenant.id(), claims.getSubject(), streams == null ? Set.of() : Set.copyOf(streams));
        } catch (JwtException ex) {
            throw new IngestAuthException("Rejected ingest token for " + tenantSlug);
        }
    }

    public record IngestPrincipal(long tenantId, String clientId, Set<String> writableStreams) {
    }

    public static class IngestAuthException extends RuntimeException {
        public IngestAuthException(String message) {
            super(message);
        }
    }
}
