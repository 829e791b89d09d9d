// Token validators for jjwt 0.12, auth0 java-jwt and Nimbus that wrap the verification exception with itself as cause.
import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import java.text.ParseException;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

class TokenRejectedException extends RuntimeException {

    TokenRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}

@Component
class ApiTokenVerifier {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenVerifier.class);

    private final SecretKey key;
    private final String secret;

    ApiTokenVerifier(SecretKey key, String secret) {
        this.key = key;
        this.secret = secret;
    }

    public String subjectFromJjwt(String token) {
        try {
            return Jwts.parser().verifyWith(key).build().parseSignedClaims(token).getPayload().getSubject();
        } catch (ExpiredJwtException e) {
            log.debug("Expired token for {}: {}", e.getClaims().getSubject(), e.getMessage(), e);
            throw new TokenRejectedException("Token expired", e);
        } catch (JwtException e) {
            throw new TokenRejectedException("Invalid token: " + e.getMessage(), e);
        }
    }

    public String subjectFromAuth0(String token) {
        try {
            return JWT.require(Algorithm.HMAC512(secret)).build().verify(token).getSubject();
        } catch (JWTVerificationException e) {
            throw new TokenRejectedException("Token rejected by verifier", e);
        }
    }

    public String subjectFromNimbus(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!jwt.verify(new MACVerifier(secret))) {
                throw new TokenRejectedException("Bad signature", null);
            }
            return jwt.getJWTClaimsSet().getSubject();
        } catch (ParseException | JOSEException e) {
            throw new TokenRejectedException("Token could not be verified", e);
        }
    }
}
