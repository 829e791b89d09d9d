// A webhook signature check that compares the header String with the StringBuilder holding the computed hex digest.
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PaymentWebhookController {

    private final byte[] secret;

    PaymentWebhookController(@Value("${payments.webhook-secret}") String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    private StringBuilder hmacHex(String payload) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        StringBuilder hex = new StringBuilder();
        for (byte b : mac.doFinal(payload.getBytes(StandardCharsets.UTF_8))) {
            hex.append(String.format("%02x", b));
        }
        return hex;
    }

    @PostMapping("/webhooks/payments")
    ResponseEntity<Void> receive(@RequestHeader("X-Signature") String signature, @RequestBody String payload)
            throws GeneralSecurityException {
        StringBuilder expected = hmacHex(payload);
        if (!signature.equals(expected)) { // expect: incompatible-equals "`String` with `StringBuilder`"
            return ResponseEntity.status(401).build();
        }
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/webhooks/refunds")
    ResponseEntity<Void> receiveRefund(@RequestHeader("X-Signature") String signature, @RequestBody String payload)
            throws GeneralSecurityException {
        if (!hmacHex(payload).equals(signature)) { // expect: incompatible-equals "`StringBuilder` with `String`"
            return ResponseEntity.status(401).build();
        }
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/webhooks/chargebacks")
    ResponseEntity<Void> receiveChargeback(@RequestHeader("X-Signature") String signature, @RequestBody String payload)
            throws GeneralSecurityException {
        StringBuilder expected = hmacHex(payload);
        if (!signature.contentEquals(expected) || !expected.toString().equals(signature)) {
            return ResponseEntity.status(401).build();
        }
        return ResponseEntity.accepted().build();
    }
}
