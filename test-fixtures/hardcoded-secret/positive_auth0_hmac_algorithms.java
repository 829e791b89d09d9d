// An auth0 java-jwt service building HMAC algorithms from an inline literal, a constant and a local variable holding a literal.
import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;

@Service
public class Auth0TokenService {

    private static final String ISSUER = "orders-api";
    private static final String REFRESH_SIGNING_KEY = "tY7uI9oP2aS4dF6gH8jK0lZ3xC5vB1nM"; // expect: hardcoded-secret "`HMAC512`"

    private final Algorithm accessAlgorithm = Algorithm.HMAC256("Gk2Lp9Qx4Zr7Tv1Wy5Bn8Cm3Df6Hj0Ks"); // expect: hardcoded-secret "`HMAC256`"
    private final Algorithm refreshAlgorithm = Algorithm.HMAC512(REFRESH_SIGNING_KEY);

    public String accessToken(String userId) {
        return JWT.create()
                .withIssuer(ISSUER)
                .withSubject(userId)
                .withExpiresAt(Instant.now().plus(15, ChronoUnit.MINUTES))
                .sign(accessAlgorithm);
    }

    public String refreshToken(String userId) {
        return JWT.create()
                .withIssuer(ISSUER)
                .withSubject(userId)
                .withExpiresAt(Instant.now().plus(7, ChronoUnit.DAYS))
                .sign(refreshAlgorithm);
    }

    public DecodedJWT verifyPartnerToken(String token) {
        var partnerKey = "Hs8Jd3Kf6Lg9Qa2Wz5Xe7Rc4Tv1Yb0Nm"; // expect: hardcoded-secret "`HMAC384`"
        JWTVerifier verifier = JWT.require(Algorithm.HMAC384(partnerKey))
                .withIssuer("partner-gateway")
                .build();
        return verifier.verify(token);
    }
}
