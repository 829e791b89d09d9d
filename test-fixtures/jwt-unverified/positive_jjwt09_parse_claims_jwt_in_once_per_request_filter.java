// Uses the jjwt 0.9 API (Jwts.parser() returning JwtParser, getBody()): a OncePerRequestFilter that reads claims with parseClaimsJwt, which accepts unsigned tokens even though a signing key is set.
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
class LegacyJwtAuthenticationFilter extends OncePerRequestFilter {

    private final String jwtSecret;

    LegacyJwtAuthenticationFilter(@Value("${app.jwt.secret}") String jwtSecret) {
        this.jwtSecret = jwtSecret;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain filterChain)
            throws ServletException, IOException {
        String token = BearerTokens.from(request).orElse(null);
        if (token != null) {
            try {
                Claims claims = Jwts.parser().setSigningKey(jwtSecret).parseClaimsJwt(token).getBody(); // expect: jwt-unverified "`parseClaimsJwt`"
                @SuppressWarnings("unchecked")
                List<String> roles = (List<String>) claims.get("authorities");
                request.setAttribute(AuthenticatedPrincipal.REQUEST_ATTRIBUTE,
                        new AuthenticatedPrincipal(claims.getSubject(), (String) claims.get("tenant"), roles));
            } catch (JwtException e) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
        }
        filterChain.doFilter(request, response);
    }
}
