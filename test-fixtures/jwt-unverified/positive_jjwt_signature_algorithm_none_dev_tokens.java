// A development token generator on jjwt 0.12 that picks the deprecated SignatureAlgorithm.NONE when signing is switched off by configuration.
import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import java.time.Instant;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
class DevTokenGenerator {

    private final boolean signingEnabled;
    private final SigningKeyDirectory keys;

    DevTokenGenerator(@Value("${dev.tokens.signed:false}") boolean signingEnabled, SigningKeyDirectory keys) {
        this.signingEnabled = signingEnabled;
        this.keys = keys;
    }

    String tokenFor(String userId) {
        SignatureAlgorithm algorithm = signingEnabled ? SignatureAlgorithm.HS256 : SignatureAlgorithm.NONE; // expect: jwt-unverified "`none`"
        JwtBuilder builder = Jwts.builder()
                .subject(userId)
                .claim("dev", true)
                .issuedAt(Date.from(Instant.now()));
        if (algorithm.isHmac()) {
            builder.signWith(keys.hmacKey("dev"), Jwts.SIG.HS256);
        }
        return builder.compact();
    }
}
