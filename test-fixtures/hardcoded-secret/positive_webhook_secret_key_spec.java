// A webhook signature checker that builds its HMAC key with new SecretKeySpec("..".getBytes(..), "HmacSHA256"); the algorithm-name constant is quiet.
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class GitWebhookController {

    private static final String SIGNATURE_HEADER = "X-Hub-Signature-256";
    private static final String SECRET_ALGORITHM = "HmacSHA256";

    @PostMapping("/hooks/git")
    public ResponseEntity<Void> receive(@RequestHeader(SIGNATURE_HEADER) String signature,
                                        @RequestBody String payload) throws NoSuchAlgorithmException, InvalidKeyException {
        Mac mac = Mac.getInstance(SECRET_ALGORITHM);
        mac.init(new SecretKeySpec("d41c8e7Fa2b94Q0e6Z1c3Xa9f5K2b7M8".getBytes(StandardCharsets.UTF_8), SECRET_ALGORITHM)); // expect: hardcoded-secret "`SecretKeySpec`"
        String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        boolean valid = MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8));
        return valid ? ResponseEntity.accepted().build() : ResponseEntity.status(401).build();
    }
}
