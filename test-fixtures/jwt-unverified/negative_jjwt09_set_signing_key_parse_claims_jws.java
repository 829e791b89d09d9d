// Uses the jjwt 0.9 API (Jwts.parser() returning JwtParser, getBody()): a session service whose parser chain sets the signing key before parseClaimsJws.
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.Jwts;
import java.util.Date;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
class LegacySessionValidator {

    private final String base64Secret;

    LegacySessionValidator(@Value("${jwt.secret}") String base64Secret) {
        this.base64Secret = base64Secret;
    }

    Optional<String> username(String token) {
        try {
            Claims claims = Jwts.parser().setSigningKey(base64Secret).parseClaimsJws(token).getBody();
            return Optional.ofNullable(claims.getSubject());
        } catch (ExpiredJwtException e) {
            return Optional.empty();
        }
    }

    boolean isAdmin(String token) {
        Jws<Claims> jws = Jwts.parser()
                .setSigningKey(base64Secret)
                .requireIssuer("legacy-portal")
                .parseClaimsJws(token);
        return Boolean.TRUE.equals(jws.getBody().get("admin", Boolean.class));
    }

    boolean expiresSoon(String token) {
        Date expiration = Jwts.parser().setSigningKey(base64Secret).parseClaimsJws(token).getBody().getExpiration();
        return expiration.getTime() - System.currentTimeMillis() < 5 * 60 * 1000;
    }
}
