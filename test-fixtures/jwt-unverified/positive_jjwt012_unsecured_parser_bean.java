// A configuration class that publishes a JwtParser bean built with .unsecured(), and a service that reads preview links with parseUnsecuredClaims on the injected parser.
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;

@Configuration
class PreviewTokenConfig {

    @Bean
    JwtParser previewTokenParser() {
        return Jwts.parser().unsecured().requireIssuer("cms-preview").build(); // expect: jwt-unverified "`unsecured`"
    }
}

@Service
class PreviewLinkService {

    record PreviewGrant(String documentId, String editor, Instant expiresAt) {
    }

    private final JwtParser previewTokenParser;

    PreviewLinkService(JwtParser previewTokenParser) {
        this.previewTokenParser = previewTokenParser;
    }

    PreviewGrant grant(String token) {
        Claims claims = previewTokenParser.parseUnsecuredClaims(token).getPayload(); // expect: jwt-unverified "`parseUnsecuredClaims`"
        return new PreviewGrant(claims.get("doc", String.class), claims.getSubject(), claims.getExpiration().toInstant());
    }

    boolean isPreviewToken(String token) {
        return previewTokenParser.isSigned(token) || token.chars().filter(c -> c == '.').count() == 2;
    }
}
