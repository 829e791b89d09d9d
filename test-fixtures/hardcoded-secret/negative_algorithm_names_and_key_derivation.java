// A password hasher and signer whose secret/password-named constants are algorithm names; the keys come from a caller-supplied password and a configured secret.
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class CredentialHasher {

    private static final String SECRET_KEY_ALGORITHM = "HmacSHA256";
    private static final String PASSWORD_HASH_ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String TOKEN_SIGNATURE_ALG = "HS256";
    private static final int PASSWORD_HASH_ITERATIONS = 310_000;
    private static final int KEY_LENGTH_BITS = 256;

    private final SecureRandom random = new SecureRandom();
    private final byte[] pepper;

    public CredentialHasher(@Value("${security.pepper}") String pepper) {
        this.pepper = pepper.getBytes(StandardCharsets.UTF_8);
    }

    public String hash(char[] password) throws GeneralSecurityException {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        PBEKeySpec spec = new PBEKeySpec(password, salt, PASSWORD_HASH_ITERATIONS, KEY_LENGTH_BITS);
        byte[] derived = SecretKeyFactory.getInstance(PASSWORD_HASH_ALGORITHM).generateSecret(spec).getEncoded();
        return Base64.getEncoder().encodeToString(salt) + ":" + Base64.getEncoder().encodeToString(derived);
    }

    public String sign(String payload) throws GeneralSecurityException {
        Mac mac = Mac.getInstance(SECRET_KEY_ALGORITHM);
        mac.init(new SecretKeySpec(pepper, SECRET_KEY_ALGORITHM));
        return TOKEN_SIGNATURE_ALG + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    }
}
