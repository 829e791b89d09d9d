// Uses the jjwt 0.9 API (Jwts.parser() returning JwtParser, getBody()): a session service that parses with no signing key at all, casting parse(..)'s body to Claims, and a verifying parser whose clock skew is three days.
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.Jwts;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Service;

@Service
class LegacySessionTokenService {

    private final AppUserRepository users;
    private final byte[] secret;

    LegacySessionTokenService(AppUserRepository users, byte[] secret) {
        this.users = users;
        this.secret = secret.clone();
    }

    AppUser currentUser(String token) {
        Claims claims = (Claims) Jwts.parser().parse(token).getBody(); // expect: jwt-unverified "`parse`"
        return users.findByExternalId(claims.getSubject()).orElseThrow();
    }

    boolean isPortalSession(String token) {
        Jws<Claims> jws = Jwts.parser() // expect: jwt-unverified "`parseClaimsJws`"
                .requireIssuer("portal")
                .parseClaimsJws(token);
        return jws.getBody().getExpiration().after(new Date());
    }

    String tolerantSubject(String token) {
        return Jwts.parser().setSigningKey(secret).setAllowedClockSkewSeconds(TimeUnit.DAYS.toSeconds(3)).parseClaimsJws(token).getBody().getSubject(); // expect: jwt-unverified "`setAllowedClockSkewSeconds`"
    }
}
