// auth0 verifier beans whose acceptLeeway/acceptExpiresAt tolerate a day or more (literal, arithmetic, TimeUnit, Duration and a constant), next to a normal 60 second leeway.
import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.Verification;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class LenientVerifierConfig {

    private static final long OFFLINE_GRACE_SECONDS = 604800;

    private final SigningKeyDirectory keys;

    LenientVerifierConfig(SigningKeyDirectory keys) {
        this.keys = keys;
    }

    @Bean
    JWTVerifier kioskVerifier() {
        return JWT.require(Algorithm.HMAC256(keys.hmacSecret("kiosk"))).acceptLeeway(86400).build(); // expect: jwt-unverified "`acceptLeeway`"
    }

    @Bean
    JWTVerifier fieldAppVerifier() {
        Verification verification = JWT.require(Algorithm.HMAC256(keys.hmacSecret("field-app")));
        verification.acceptLeeway(60);
        verification.acceptExpiresAt(7 * 24 * 3600); // expect: jwt-unverified "`acceptExpiresAt`"
        return verification.build();
    }

    @Bean
    JWTVerifier offlineVerifier() {
        return JWT.require(Algorithm.RSA256(keys.rsaKey("offline"), null)) // expect: jwt-unverified "`acceptExpiresAt`"
                .withIssuer("https://login.example.com")
                .acceptExpiresAt(OFFLINE_GRACE_SECONDS)
                .build();
    }

    @Bean
    JWTVerifier batchVerifier() {
        Verification verification = JWT.require(Algorithm.HMAC256(keys.hmacSecret("batch")));
        verification.acceptLeeway(TimeUnit.DAYS.toSeconds(1)); // expect: jwt-unverified "`acceptLeeway`"
        verification.acceptExpiresAt(Duration.ofDays(2).toSeconds()); // expect: jwt-unverified "`acceptExpiresAt`"
        return verification.build();
    }
}
