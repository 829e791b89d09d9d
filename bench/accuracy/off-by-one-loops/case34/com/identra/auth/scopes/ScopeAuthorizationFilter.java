package com.identra.auth.scopes;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
public class ScopeAuthorizationFilter extends OncePerRequestFilter {

    public static final String CLAIMS_ATTRIBUTE = "identra.claims";

    private static final Map<String, String> REQUIRED_SCOPES = Map.of(
            "/api/admin/", "admin",
            "/api/billing/", "billing.read",
            "/api/users/", "users.read");

    private final ScopeClaimParser parser;

    public ScopeAuthorizationFilter(ScopeClaimParser parser) {
        this.parser = parser;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        String required = REQUIRED_SCOPES.entrySet().stream()
                .filter(e -> path.startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
        if (required != null) {
            @SuppressWarnings("unchecked")
            Map<String, Object> claims = (Map<String, Object>) request.getAttribute(CLAIMS_ATTRIBUTE);
            Set<String> authorities = claims == null ? Set.of() : parser.authorities(claims);
            if (!authorities.contains("SCOPE_" + required)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "insufficient_scope");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
