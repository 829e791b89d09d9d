package eval5.case60;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/payments/refunds")
public class RefundController {

    private final RefundService refundService;

    public RefundController(RefundService refundService) {
        this.refundService = refundService;
    }

    @PostMapping
    public ResponseEntity<Void> requestRefund(@RequestBody RefundRequest request) {
        if (request.getReason() == null || request.getReason().length() > 500) {
            return ResponseEntity.unprocessableEntity().build();
        }
        long refundId = refundService.open(request);
        return ResponseEntity.created(URI.create("/api/payments/refunds/" + refundId)).build();
    }
}
