// An internal token helper that signs and verifies auth0 tokens with Algorithm.none() for service-to-service calls.
import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

@Component
class InternalServiceTokens {

    private final JWTVerifier internalVerifier = JWT.require(Algorithm.none()).withIssuer("internal").build(); // expect: jwt-unverified "`none`"

    String issue(String serviceName) {
        return JWT.create()
                .withIssuer("internal")
                .withSubject(serviceName)
                .withExpiresAt(Instant.now().plus(Duration.ofMinutes(5)))
                .sign(Algorithm.none()); // expect: jwt-unverified "`none`"
    }

    String callerOf(String token) {
        DecodedJWT verified = internalVerifier.verify(token);
        return verified.getSubject();
    }
}
