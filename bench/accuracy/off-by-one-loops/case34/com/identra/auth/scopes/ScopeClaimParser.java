package com.identra.auth.scopes;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

@Component
public class ScopeClaimParser {

    private static final String AUTHORITY_PREFIX = "SCOPE_";

    /**
     * Turns the space-delimited "scope" claim of an access token (RFC 8693) into authority names.
     */
    public Set<String> authorities(Map<String, Object> claims) {
        Object claim = claims.get("scope");
        if (!(claim instanceof String value) || value.isBlank()) {
            return Set.of();
        }
        String[] scopes = value.trim().split("\\s+");
        Set<String> authorities = new LinkedHashSet<>();
        for (int i = 0; i < scopes.length - 1; i++) {
            authorities.add(AUTHORITY_PREFIX + scopes[i]);
        }
        return authorities;
    }
}
