// A JwtParser bean built with verifyWith in a configuration class and injected into services that parse with it (the parser's setup is not visible at the parse call).
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import java.util.List;
import java.util.Set;
import javax.crypto.SecretKey;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;

@Configuration
class AccessTokenParserConfig {

    @Bean
    JwtParser accessTokenParser(SigningKeyDirectory keys) {
        SecretKey key = keys.hmacKey("access");
        return Jwts.parser()
                .verifyWith(key)
                .requireIssuer("https://auth.example.com")
                .build();
    }
}

@Service
class OrderAccessService {

    private static final Set<String> WRITE_SCOPES = Set.of("orders:write", "orders:admin");

    private final JwtParser accessTokenParser;

    OrderAccessService(JwtParser accessTokenParser) {
        this.accessTokenParser = accessTokenParser;
    }

    boolean canWrite(String token) {
        Claims claims = accessTokenParser.parseSignedClaims(token).getPayload();
        List<?> scopes = claims.get("scp", List.class);
        return scopes.stream().map(Object::toString).anyMatch(WRITE_SCOPES::contains);
    }

    AuthenticatedPrincipal principal(String token) {
        var claims = (Claims) accessTokenParser.parse(token).getPayload();
        return new AuthenticatedPrincipal(claims.getSubject(), claims.get("tid", String.class), List.of());
    }
}
