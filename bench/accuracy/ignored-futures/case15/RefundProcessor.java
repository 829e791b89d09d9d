// Background refund processing through the payment provider, and the customer notice.
package ignoredfutures.case15;

import java.math.BigDecimal;
import java.util.concurrent.CompletableFuture;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

@Service
public class RefundProcessor {

    private final RestClient paymentsRestClient;
    private final JdbcClient jdbcClient;

    public RefundProcessor(RestClient paymentsRestClient, JdbcClient jdbcClient) {
        this.paymentsRestClient = paymentsRestClient;
        this.jdbcClient = jdbcClient;
    }

    @Async("refundExecutor")
    public CompletableFuture<Void> processRefund(long orderId, BigDecimal amount, String reason) {
        String paymentId = jdbcClient.sql("SELECT payment_id FROM orders WHERE id = ?")
                .param(orderId)
                .query(String.class)
                .single();
        paymentsRestClient.post()
                .uri("/payments/{id}/refunds", paymentId)
                .body(new ProviderRefund(amount, reason))
                .retrieve()
                .toBodilessEntity();
        jdbcClient.sql("UPDATE orders SET refunded_amount = refunded_amount + ? WHERE id = ?")
                .params(amount, orderId)
                .update();
        return CompletableFuture.completedFuture(null);
    }

    @Async
    public void notifyCustomer(long orderId, BigDecimal amount) {
        jdbcClient.sql("INSERT INTO customer_notices (order_id, kind, amount) VALUES (?, 'REFUND', ?)")
                .params(orderId, amount)
                .update();
    }

    record ProviderRefund(BigDecimal amount, String reason) {
    }
}
