// A OncePerRequestFilter that parses the bearer token with a jjwt 0.12 parser built with verifyWith(secretKey) before it trusts the claims.
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

record AuthenticatedPrincipal(String userId, String tenantId, List<String> roles) {

    static final String REQUEST_ATTRIBUTE = "authenticatedPrincipal";

    boolean hasRole(String role) {
        return roles.contains(role);
    }
}

final class BearerTokens {

    private static final String PREFIX = "Bearer ";

    private BearerTokens() {
    }

    static Optional<String> from(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return Optional.of(authorizationHeader.substring(PREFIX.length()).trim());
    }

    static Optional<String> from(HttpServletRequest request) {
        return from(request.getHeader(HttpHeaders.AUTHORIZATION));
    }
}

@Component
class HmacJwtAuthenticationFilter extends OncePerRequestFilter {

    private final SecretKey signingKey;

    HmacJwtAuthenticationFilter(@Value("${security.jwt.secret}") String secret) {
        this.signingKey = Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> token = BearerTokens.from(request);
        if (token.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        try {
            Claims claims = Jwts.parser()
                    .verifyWith(signingKey)
                    .requireIssuer("https://auth.example.com")
                    .clockSkewSeconds(60)
                    .build()
                    .parseSignedClaims(token.get())
                    .getPayload();
            List<String> roles = claims.get("roles", List.class);
            var principal = new AuthenticatedPrincipal(claims.getSubject(), claims.get("tid", String.class), List.copyOf(roles));
            request.setAttribute(AuthenticatedPrincipal.REQUEST_ATTRIBUTE, principal);
            chain.doFilter(request, response);
        } catch (JwtException e) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "invalid token");
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/actuator/health");
    }
}
