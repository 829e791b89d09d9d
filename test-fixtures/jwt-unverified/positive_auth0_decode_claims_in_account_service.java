// An account service that reads claims straight off JWT.decode(..): in one chained expression, after verifying a different token, and behind a hand-written expiry check.
import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.util.Date;
import java.util.Map;
import org.springframework.stereotype.Service;

@Service
class AccountLinkService {

    private final AppUserRepository users;
    private final JWTVerifier refreshVerifier;

    AccountLinkService(AppUserRepository users, SigningKeyDirectory keys) {
        this.users = users;
        this.refreshVerifier = JWT.require(Algorithm.HMAC256(keys.hmacSecret("refresh"))).build();
    }

    String tenantOf(String token) {
        return JWT.decode(token).getClaim("tid").asString(); // expect: jwt-unverified "`decode`"
    }

    AppUser link(String refreshToken, String accessToken) {
        DecodedJWT refresh = refreshVerifier.verify(refreshToken);
        DecodedJWT access = JWT.decode(accessToken); // expect: jwt-unverified "`decode`"
        if (!refresh.getSubject().equals(access.getClaim("linked_sub").asString())) {
            throw new IllegalArgumentException("tokens belong to different users");
        }
        return users.findByExternalId(access.getSubject())
                .orElseGet(() -> users.save(new AppUser(access.getSubject(), access.getClaim("email").asString())));
    }

    Map<String, Object> profile(String token) {
        DecodedJWT decoded = JWT.decode(token); // expect: jwt-unverified "`decode`"
        if (decoded.getExpiresAt().before(new Date())) {
            throw new IllegalStateException("token expired");
        }
        return Map.of("sub", decoded.getSubject(), "claims", decoded.getClaims().keySet());
    }
}
