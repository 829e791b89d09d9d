// Token validators for jjwt 0.12, auth0 java-jwt and Nimbus that replace the library's verification exception with a new one built from its message.
import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import java.text.ParseException;
import javax.crypto.SecretKey;
import org.springframework.stereotype.Component;

class InvalidBearerTokenException extends RuntimeException {

    InvalidBearerTokenException(String message) {
        super(message);
    }

    InvalidBearerTokenException(String message, Throwable cause) {
        super(message, cause);
    }
}

@Component
class BearerTokenValidator {

    private final SecretKey signingKey;
    private final String sharedSecret;

    BearerTokenValidator(SecretKey signingKey, String sharedSecret) {
        this.signingKey = signingKey;
        this.sharedSecret = sharedSecret;
    }

    public Claims validateWithJjwt(String token) {
        try {
            return Jwts.parser().verifyWith(signingKey).build().parseSignedClaims(token).getPayload();
        } catch (JwtException | IllegalArgumentException e) {
            throw new InvalidBearerTokenException("Invalid token: " + e.getMessage()); // expect: lost-stack-trace "InvalidBearerTokenException"
        }
    }

    public DecodedJWT validateWithAuth0(String token) {
        try {
            return JWT.require(Algorithm.HMAC256(sharedSecret)).withIssuer("https://auth.example.com").build().verify(token);
        } catch (JWTVerificationException ex) {
            throw new InvalidBearerTokenException(ex.getMessage()); // expect: lost-stack-trace "InvalidBearerTokenException"
        }
    }

    public String subjectWithNimbus(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!jwt.verify(new MACVerifier(sharedSecret))) {
                throw new InvalidBearerTokenException("Signature mismatch");
            }
            return jwt.getJWTClaimsSet().getSubject();
        } catch (ParseException e) {
            throw new InvalidBearerTokenException("Malformed token"); // expect: lost-stack-trace "InvalidBearerTokenException"
        } catch (JOSEException e) {
            throw new InvalidBearerTokenException("Token verification failed", e);
        }
    }
}
