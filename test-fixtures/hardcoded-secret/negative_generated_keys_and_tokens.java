// Keys and tokens generated at runtime (jjwt Jwts.SIG key builder, KeyGenerator, SecureRandom, UUID) in fields named like secrets: no literal involved.
import io.jsonwebtoken.Jwts;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.springframework.stereotype.Service;

@Service
public class EphemeralKeyService {

    private static final SecretKey SESSION_SECRET_KEY = Jwts.SIG.HS256.key().build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String csrfToken = UUID.randomUUID().toString();
    private final String instanceSecret = newRandomToken(32);
    private final SecretKey webhookSecret;

    public EphemeralKeyService() throws NoSuchAlgorithmException {
        KeyGenerator generator = KeyGenerator.getInstance("HmacSHA256");
        generator.init(256);
        this.webhookSecret = generator.generateKey();
    }

    public String sessionToken(String user) {
        return Jwts.builder().subject(user).claim("csrf", csrfToken).signWith(SESSION_SECRET_KEY).compact();
    }

    public String apiKeyForNewClient() {
        return "pk_" + newRandomToken(24);
    }

    public int secretLengths() {
        return instanceSecret.length() + webhookSecret.getEncoded().length;
    }

    private static String newRandomToken(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }
}
