// A webhook endpoint that dumps the raw request body bytes to standard output with System.out.write.
import java.nio.charset.StandardCharsets;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PaymentWebhookController {

    @PostMapping(path = "/webhooks/payments", consumes = "application/json")
    ResponseEntity<Void> receive(@RequestHeader("X-Signature") String signature, @RequestBody byte[] payload) {
        System.out.write(payload, 0, payload.length); // expect: debug-output "System.out"
        System.out.write('\n'); // expect: debug-output "System.out"
        String body = new String(payload, StandardCharsets.UTF_8);
        if (signature.isBlank() || body.isBlank()) {
            return ResponseEntity.badRequest().build();
        }
        return ResponseEntity.accepted().build();
    }
}
