// Refund requests from the back office: the refund is processed in the background and the
// customer is told it is on its way; the request answers 202 at once.
package ignoredfutures.case15;

import java.math.BigDecimal;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/backoffice/orders/{orderId}/refunds")
public class RefundController {

    private final RefundProcessor refundProcessor;

    public RefundController(RefundProcessor refundProcessor) {
        this.refundProcessor = refundProcessor;
    }

    @PostMapping
    public ResponseEntity<Void> refund(@PathVariable long orderId, @RequestBody RefundRequest request) {
        if (request.amount().signum() <= 0) {
            return ResponseEntity.badRequest().build();
        }
        refundProcessor.processRefund(orderId, request.amount(), request.reason()); // dropped
        refundProcessor.notifyCustomer(orderId, request.amount());
        return ResponseEntity.accepted().build();
    }

    public record RefundRequest(BigDecimal amount, String reason) {
    }
}
