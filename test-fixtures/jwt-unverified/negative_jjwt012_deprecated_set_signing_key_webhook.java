// A payment webhook controller on jjwt 0.12 that still uses the deprecated setSigningKey and setSigningKeyResolver on the parser builder before parsing the signature token.
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwsHeader;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SigningKeyResolverAdapter;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PaymentWebhookController {

    private final byte[] webhookSecret;
    private final SigningKeyDirectory keys;

    PaymentWebhookController(@Value("${payments.webhook-secret}") String webhookSecret, SigningKeyDirectory keys) {
        this.webhookSecret = Base64.getDecoder().decode(webhookSecret);
        this.keys = keys;
    }

    @PostMapping("/webhooks/payments")
    ResponseEntity<Void> paymentEvent(@RequestHeader("X-Webhook-Token") String token, @RequestBody String body) {
        Claims claims = Jwts.parser().setSigningKey(webhookSecret).build().parseClaimsJws(token).getBody();
        String bodyHash = claims.get("body_sha256", String.class);
        if (bodyHash == null || body.getBytes(StandardCharsets.UTF_8).length == 0) {
            return ResponseEntity.badRequest().build();
        }
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/webhooks/refunds")
    ResponseEntity<Void> refundEvent(@RequestHeader("X-Webhook-Token") String token) {
        var parsed = Jwts.parser()
                .setSigningKeyResolver(new SigningKeyResolverAdapter() {
                    @Override
                    public Key resolveSigningKey(JwsHeader header, Claims claims) {
                        return keys.hmacKey(header.getKeyId());
                    }
                })
                .build()
                .parse(token);
        Claims claims = (Claims) parsed.getPayload();
        return "refund.created".equals(claims.get("event", String.class))
                ? ResponseEntity.accepted().build()
                : ResponseEntity.unprocessableEntity().build();
    }
}
