// A JWT filter that reads its keys, header name and prefix from SecurityConstants (positive_security_constants_holder.java): the findings belong to the constants' declarations, not to these uses.
import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

public class JwtAuthorizationFilter extends OncePerRequestFilter {

    private static final String SERVICE_TOKEN_HEADER = "X-Service-Token";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(SecurityConstants.HEADER_STRING);
        if (header != null && header.startsWith(SecurityConstants.TOKEN_PREFIX)) {
            String token = header.substring(SecurityConstants.TOKEN_PREFIX.length());
            Claims claims = Jwts.parser()
                    .verifyWith(Keys.hmacShaKeyFor(SecurityConstants.SECRET.getBytes(StandardCharsets.UTF_8)))
                    .build()
                    .parseSignedClaims(token)
                    .getPayload();
            request.setAttribute("username", claims.getSubject());
        }
        String serviceToken = request.getHeader(SERVICE_TOKEN_HEADER);
        if (serviceToken != null) {
            var decoded = JWT.require(Algorithm.HMAC256(SecurityConstants.SERVICE_HMAC_KEY))
                    .build()
                    .verify(serviceToken);
            request.setAttribute("caller", decoded.getSubject());
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.equals(SecurityConstants.SIGN_UP_URL) || path.equals(SecurityConstants.TOKEN_REFRESH_URL);
    }
}
