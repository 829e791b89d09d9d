// Checkout: the order is recorded, then stock is reserved and the payment authorised through
// the asynchronous gateways, and the order is marked authorised when both are done.
package ignoredfutures.case22;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

@Service
public class CheckoutService {

    private final JdbcClient jdbcClient;
    private final InventoryGateway inventory;
    private final PaymentGateway payments;

    public CheckoutService(JdbcClient jdbcClient, InventoryGateway inventory, PaymentGateway payments) {
        this.jdbcClient = jdbcClient;
        this.inventory = inventory;
        this.payments = payments;
    }

    public long checkout(long customerId, String paymentToken, List<InventoryGateway.Line> lines) {
        long orderId = createOrder(customerId, lines);
        inventory.reserve(orderId, lines) // dropped
                .thenCompose(reservation -> payments.authorize(orderId, paymentToken, reservation.total()))
                .thenAccept(authorization -> markAuthorized(orderId, authorization.id()));
        return orderId;
    }

    private long createOrder(long customerId, List<InventoryGateway.Line> lines) {
        var keys = new GeneratedKeyHolder();
        jdbcClient.sql("INSERT INTO orders (customer_id, line_count, status) VALUES (?, ?, 'NEW')")
                .params(customerId, lines.size())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    private void markAuthorized(long orderId, String authorizationId) {
        jdbcClient.sql("UPDATE orders SET status = 'AUTHORIZED', authorization_id = ? WHERE id = ?")
                .params(authorizationId, orderId)
                .update();
    }

    static BigDecimal totalOf(List<InventoryGateway.Line> lines) {
        return lines.stream()
                .map(l -> l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
