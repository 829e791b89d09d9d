// A token utility that only decodes: every caller reads claims nothing has verified.
import com.auth0.jwt.JWT;
import java.util.Date;

final class LegacyTokenClaims {

    private LegacyTokenClaims() {
    }

    static String userId(String token) {
        return JWT.decode(token).getClaim("uid").asString(); // expect: jwt-unverified "`decode`"
    }

    static boolean expired(String token) {
        return JWT.decode(token).getExpiresAt().before(new Date()); // expect: jwt-unverified "`decode`"
    }
}
