// Uses the jjwt 0.9-0.11 API (Jwts.parser().setSigningKey(..).parseClaimsJws(..)), so it does not compile against jjwt 0.12; a literal key goes to setSigningKey and a key constant to two different sinks.
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import java.util.Date;
import org.springframework.stereotype.Component;

@Component
public class LegacyTokenUtil {

    private static final String SIGNING_KEY = "p6Vd3Qa9Lx2Rk7Hz4Nw8Bt5Mc1Js0Fy"; // expect: hardcoded-secret
    private static final long JWT_TOKEN_VALIDITY = 5 * 60 * 60;

    public String generateToken(String subject) {
        return Jwts.builder()
                .setSubject(subject)
                .setIssuedAt(new Date())
                .setExpiration(new Date(System.currentTimeMillis() + JWT_TOKEN_VALIDITY * 1000))
                .signWith(SignatureAlgorithm.HS256, SIGNING_KEY)
                .compact();
    }

    public Claims getAllClaims(String token) {
        return Jwts.parser().setSigningKey(SIGNING_KEY).parseClaimsJws(token).getBody();
    }

    public String getUsernameFromRefreshToken(String refreshToken) {
        return Jwts.parser()
                .setSigningKey("Wm4Ty8Kq2Zs6Pv0Xn3Bh7Cj1Rf5Gd9La") // expect: hardcoded-secret "`setSigningKey`"
                .parseClaimsJws(refreshToken)
                .getBody()
                .getSubject();
    }
}
