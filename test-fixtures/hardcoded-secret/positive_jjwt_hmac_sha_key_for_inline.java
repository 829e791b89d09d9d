// A jjwt 0.12 token service whose HMAC key is built inline from a string literal with Keys.hmacShaKeyFor(..getBytes(..)).
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import javax.crypto.SecretKey;
import org.springframework.stereotype.Service;

@Service
public class JwtTokenService {

    private static final String ROLES_CLAIM = "roles";

    private final SecretKey signingKey =
            Keys.hmacShaKeyFor("Zq4t7w9zCjFaNdRgUkXp2s5v8yBeHmQs".getBytes(StandardCharsets.UTF_8)); // expect: hardcoded-secret "`hmacShaKeyFor`"

    public String issue(String username, List<String> roles) {
        Instant now = Instant.now();
        return Jwts.builder()
                .subject(username)
                .claim(ROLES_CLAIM, roles)
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(30, ChronoUnit.MINUTES)))
                .signWith(signingKey)
                .compact();
    }

    public Claims parse(String token) {
        return Jwts.parser()
                .verifyWith(signingKey)
                .build()
                .parseSignedClaims(token)
                .getPayload();
    }
}
