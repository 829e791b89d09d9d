package io.keystone.auth.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
public class TokenRevocationFilter extends OncePerRequestFilter {

    private final AccessTokenParser tokenParser;
    private final RevocationStore revocationStore;

    public TokenRevocationFilter(AccessTokenParser tokenParser, RevocationStore revocationStore) {
        this.tokenParser = tokenParser;
        this.revocationStore = revocationStore;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                    FilterChain chain) throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.startsWith("Bearer ")) {
            String jti = tokenParser.tokenId(header.substring(7));
            UUID tokenId = parse(jti);
            if (tokenId == null || revocationStore.revokedIds().contains(tokenId)) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Token revoked");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static UUID parse(String jti) {
        if (jti == null) {
            return null;
        }
        try {
            return UUID.fromString(jti);
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }
}
