// jjwt 0.12 parsers that verify the signature but switch the expiry check off with a clock skew of a day or more (Duration, literal, constant, TimeUnit), next to a 2 minute skew.
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKey;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;

@Configuration
class LongLivedSessionParserConfig {

    @Bean
    JwtParser sessionParser(SigningKeyDirectory keys) {
        return Jwts.parser() // expect: jwt-unverified "`clockSkewSeconds`"
                .verifyWith(keys.hmacKey("session"))
                .clockSkewSeconds(Duration.ofDays(2).toSeconds())
                .build();
    }

    @Bean
    JwtParser deviceParser(SigningKeyDirectory keys) {
        return Jwts.parser().verifyWith(keys.hmacKey("device")).setAllowedClockSkewSeconds(86400).build(); // expect: jwt-unverified "`setAllowedClockSkewSeconds`"
    }

    @Bean
    JwtParser webParser(SigningKeyDirectory keys) {
        return Jwts.parser().verifyWith(keys.hmacKey("web")).clockSkewSeconds(120).build();
    }
}

@Service
class KioskSessionService {

    private static final long KIOSK_SKEW_SECONDS = 24 * 60 * 60;

    private final SecretKey kioskKey;

    KioskSessionService(SigningKeyDirectory keys) {
        this.kioskKey = keys.hmacKey("kiosk");
    }

    String kioskId(String token) {
        Claims claims = Jwts.parser().verifyWith(kioskKey).clockSkewSeconds(KIOSK_SKEW_SECONDS).build().parseSignedClaims(token).getPayload(); // expect: jwt-unverified "`clockSkewSeconds`"
        return claims.get("kiosk", String.class);
    }

    String operator(String token) {
        var builder = Jwts.parser().verifyWith(kioskKey);
        builder.clockSkewSeconds(TimeUnit.DAYS.toSeconds(7)); // expect: jwt-unverified "`clockSkewSeconds`"
        return builder.build().parseSignedClaims(token).getPayload().getSubject();
    }
}
