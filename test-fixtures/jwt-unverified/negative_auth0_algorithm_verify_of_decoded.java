// The JWKS pattern of auth0's documentation: decode, fetch the public key by kid, and check the signature with algorithm.verify(decoded) before using the claims.
import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.time.Instant;
import org.springframework.stereotype.Component;

@Component
class JwksSignatureChecker {

    private final SigningKeyDirectory keys;

    JwksSignatureChecker(SigningKeyDirectory keys) {
        this.keys = keys;
    }

    String verifiedSubject(String token) {
        DecodedJWT jwt = JWT.decode(token);
        Algorithm algorithm = Algorithm.RSA256(keys.rsaKey(jwt.getKeyId()), null);
        try {
            algorithm.verify(jwt);
        } catch (SignatureVerificationException e) {
            throw new SecurityException("bad signature", e);
        }
        if (jwt.getExpiresAtAsInstant().isBefore(Instant.now())) {
            throw new SecurityException("token expired");
        }
        return jwt.getSubject();
    }
}
