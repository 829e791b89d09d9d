// Uses the jjwt 0.10/0.11 API (Jwts.parserBuilder(), getBody()): parsers built in a local builder with setSigningKey, or with a SigningKeyResolver for key rotation.
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwsHeader;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.JwtParserBuilder;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SigningKeyResolverAdapter;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.util.Map;
import org.springframework.stereotype.Service;

@Service
class RotatingKeyTokenReader {

    private final Map<String, String> secretsByKeyId;

    RotatingKeyTokenReader(Map<String, String> secretsByKeyId) {
        this.secretsByKeyId = Map.copyOf(secretsByKeyId);
    }

    Claims readWithPrimaryKey(String token, String expectedAudience) {
        Key key = Keys.hmacShaKeyFor(secretsByKeyId.get("primary").getBytes(StandardCharsets.UTF_8));
        JwtParserBuilder builder = Jwts.parserBuilder().setSigningKey(key);
        if (expectedAudience != null) {
            builder.requireAudience(expectedAudience);
        }
        JwtParser parser = builder.build();
        return parser.parseClaimsJws(token).getBody();
    }

    Claims readWithRotation(String token) {
        return Jwts.parserBuilder()
                .setSigningKeyResolver(new SigningKeyResolverAdapter() {
                    @Override
                    public Key resolveSigningKey(JwsHeader header, Claims claims) {
                        String secret = secretsByKeyId.get(header.getKeyId());
                        return Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8));
                    }
                })
                .build()
                .parseClaimsJws(token)
                .getBody();
    }
}
