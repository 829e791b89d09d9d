// A jjwt provider whose secret constant feeds Keys.hmacShaKeyFor in both the signing and the verifying method: one finding, on the constant.
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import org.springframework.stereotype.Component;

@Component
public class AccessTokenProvider {

    private static final String JWT_SECRET_KEY = "8f3Kd92LmQpX7vRt4ZyWb6NcHs1JgAeU0oTiVlPn"; // expect: hardcoded-secret "`hmacShaKeyFor`"
    private static final long TOKEN_VALIDITY_MS = 15 * 60 * 1000L;
    private static final String AUTHORITIES_KEY = "auth";

    public String createToken(String subject, String authorities) {
        long now = System.currentTimeMillis();
        return Jwts.builder()
                .subject(subject)
                .claim(AUTHORITIES_KEY, authorities)
                .expiration(new Date(now + TOKEN_VALIDITY_MS))
                .signWith(Keys.hmacShaKeyFor(JWT_SECRET_KEY.getBytes(StandardCharsets.UTF_8)))
                .compact();
    }

    public Optional<Claims> validate(String token) {
        try {
            var claims = Jwts.parser()
                    .verifyWith(Keys.hmacShaKeyFor(JWT_SECRET_KEY.getBytes(StandardCharsets.UTF_8)))
                    .build()
                    .parseSignedClaims(token)
                    .getPayload();
            return Optional.of(claims);
        } catch (JwtException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
