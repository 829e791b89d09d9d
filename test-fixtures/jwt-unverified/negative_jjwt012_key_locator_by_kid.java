// A jjwt 0.12 parser configured with a keyLocator that picks the verification key by the header's kid, plus the key directory other classes share.
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwsHeader;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.LocatorAdapter;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

@Component
class SigningKeyDirectory {

    private final Map<String, RSAPublicKey> rsaKeys = new ConcurrentHashMap<>();
    private final Map<String, String> hmacSecrets = new ConcurrentHashMap<>();

    void registerRsa(String keyId, RSAPublicKey key) {
        rsaKeys.put(keyId, key);
    }

    void registerHmac(String keyId, String secret) {
        hmacSecrets.put(keyId, secret);
    }

    RSAPublicKey rsaKey(String keyId) {
        RSAPublicKey key = rsaKeys.get(keyId);
        if (key == null) {
            throw new IllegalArgumentException("unknown key id " + keyId);
        }
        return key;
    }

    SecretKey hmacKey(String keyId) {
        String secret = hmacSecrets.getOrDefault(keyId, hmacSecrets.get("default"));
        return Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8));
    }

    String hmacSecret(String keyId) {
        return hmacSecrets.get(keyId);
    }
}

@Service
class KidAwareTokenService {

    private final SigningKeyDirectory keys;

    KidAwareTokenService(SigningKeyDirectory keys) {
        this.keys = keys;
    }

    Claims verifiedClaims(String token) {
        JwtParser parser = Jwts.parser()
                .keyLocator(new LocatorAdapter<Key>() {
                    @Override
                    protected Key locate(JwsHeader header) {
                        return keys.rsaKey(header.getKeyId());
                    }
                })
                .requireIssuer("https://login.example.com")
                .build();
        return parser.parseSignedClaims(token).getPayload();
    }

    String subjectOfServiceToken(String token) {
        var locator = new LocatorAdapter<Key>() {
            @Override
            protected Key locate(JwsHeader header) {
                return keys.hmacKey(header.getKeyId());
            }
        };
        return Jwts.parser().keyLocator(locator).build().parseSignedClaims(token).getPayload().getSubject();
    }
}
