// Uses the jjwt 0.10/0.11 API (Jwts.parserBuilder(), getBody()): a partner token reader whose parser builder, kept in a local, never gets a signing key, and a keyed parser with a one-day skew constant.
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.JwtParserBuilder;
import io.jsonwebtoken.Jwts;
import java.security.Key;
import org.springframework.stereotype.Component;

@Component
class PartnerTokenReader {

    private static final long ONE_DAY_SECONDS = 24 * 60 * 60;

    private final Key partnerKey;

    PartnerTokenReader(SigningKeyDirectory keys) {
        this.partnerKey = keys.hmacKey("partner");
    }

    String partnerId(String token, boolean strictAudience) {
        JwtParserBuilder builder = Jwts.parserBuilder().requireIssuer("partner-gateway");
        if (strictAudience) {
            builder.requireAudience("partner-api");
        }
        builder.setAllowedClockSkewSeconds(30);
        Jws<Claims> jws = builder.build().parseClaimsJws(token); // expect: jwt-unverified "`parseClaimsJws`"
        return jws.getBody().get("partner_id", String.class);
    }

    JwtParser lenientParser() {
        return Jwts.parserBuilder().setSigningKey(partnerKey).setAllowedClockSkewSeconds(ONE_DAY_SECONDS).build(); // expect: jwt-unverified "`setAllowedClockSkewSeconds`"
    }
}
