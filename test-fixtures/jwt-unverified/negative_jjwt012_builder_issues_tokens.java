// A token issuing service that builds and signs tokens with Jwts.builder() and Jwts.claims(); it never parses a token it received.
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.springframework.stereotype.Service;

@Service
class AccessTokenIssuer {

    private static final Duration ACCESS_TTL = Duration.ofMinutes(15);
    private static final Duration REFRESH_TTL = Duration.ofDays(30);

    private final SecretKey signingKey;

    AccessTokenIssuer(SigningKeyDirectory keys) {
        this.signingKey = keys.hmacKey("access");
    }

    String issueAccessToken(AuthenticatedPrincipal principal) {
        Instant now = Instant.now();
        return Jwts.builder()
                .id(UUID.randomUUID().toString())
                .issuer("https://auth.example.com")
                .subject(principal.userId())
                .claim("tid", principal.tenantId())
                .claim("roles", principal.roles())
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(ACCESS_TTL)))
                .signWith(signingKey, Jwts.SIG.HS256)
                .compact();
    }

    String issueRefreshToken(String userId) {
        Claims claims = Jwts.claims()
                .subject(userId)
                .add("typ", "refresh")
                .add("scopes", List.of("offline_access"))
                .build();
        return Jwts.builder()
                .claims(claims)
                .expiration(Date.from(Instant.now().plus(REFRESH_TTL)))
                .signWith(signingKey)
                .compact();
    }
}
