// Verifier and parser factories with clock leeways below one day (60 s, 5 min, 1 h, 23 h) and a skew read from configuration.
import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class TokenClockToleranceConfig {

    private static final long MOBILE_CLOCK_DRIFT_SECONDS = 23 * 60 * 60;

    private final SigningKeyDirectory keys;
    private final long configuredSkewSeconds;

    TokenClockToleranceConfig(SigningKeyDirectory keys, @Value("${jwt.clock-skew-seconds:120}") long configuredSkewSeconds) {
        this.keys = keys;
        this.configuredSkewSeconds = configuredSkewSeconds;
    }

    @Bean
    JWTVerifier webVerifier() {
        return JWT.require(Algorithm.HMAC256(keys.hmacSecret("web")))
                .acceptLeeway(60)
                .acceptExpiresAt(300)
                .build();
    }

    @Bean
    JWTVerifier partnerVerifier() {
        return JWT.require(Algorithm.HMAC256(keys.hmacSecret("partner")))
                .acceptLeeway(TimeUnit.MINUTES.toSeconds(5))
                .acceptExpiresAt(Duration.ofHours(1).toSeconds())
                .build();
    }

    @Bean
    JWTVerifier mobileVerifier() {
        return JWT.require(Algorithm.HMAC256(keys.hmacSecret("mobile"))).acceptLeeway(MOBILE_CLOCK_DRIFT_SECONDS).build();
    }

    @Bean
    JwtParser internalParser() {
        return Jwts.parser()
                .verifyWith(keys.hmacKey("internal"))
                .clockSkewSeconds(3600)
                .build();
    }

    @Bean
    JwtParser configuredParser() {
        return Jwts.parser()
                .verifyWith(keys.hmacKey("configured"))
                .setAllowedClockSkewSeconds(configuredSkewSeconds)
                .build();
    }
}
