package eval2.case10;

import java.math.BigDecimal;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/refunds")
public class RefundPreviewController {

    private static final Logger log = LoggerFactory.getLogger(RefundPreviewController.class);

    private final JdbcClient jdbcClient;

    public RefundPreviewController(JdbcClient jdbcClient) {
        this.jdbcClient = jdbcClient;
    }

    @PostMapping("/preview")
    public ResponseEntity<RefundPreview> preview(@RequestBody RefundRequest request) {
        if (request.getOrderNumber() == null || request.getAmount() == null
                || request.getAmount().signum() <= 0) {
            return ResponseEntity.badRequest().build();
        }

        String customerRef = request.getCustomerReference();
        String sql = """
                SELECT p.id, p.amount, p.refunded_amount
                FROM payments p
                JOIN orders o ON o.id = p.order_id
                WHERE o.order_number = :orderNumber
                  AND o.customer_reference = '%s'
                  AND p.status = 'SETTLED'
                """.formatted(customerRef);

        List<PaymentRow> payments = jdbcClient.sql(sql).param("orderNumber", request.getOrderNumber()).query(PaymentRow.class).list(); // sink

        BigDecimal refundable = BigDecimal.ZERO;
        for (PaymentRow p : payments) {
            refundable = refundable.add(p.amount().subtract(p.refundedAmount()));
        }
        boolean allowed = refundable.compareTo(request.getAmount()) >= 0;
        log.info("refund preview order={} requested={} refundable={}", request.getOrderNumber(),
                request.getAmount(), refundable);
        return ResponseEntity.ok(new RefundPreview(refundable, allowed));
    }

    public record PaymentRow(long id, BigDecimal amount, BigDecimal refundedAmount) {
    }

    public record RefundPreview(BigDecimal refundable, boolean allowed) {
    }
}
