// Order intake endpoint: the order row is inserted synchronously and the audit entry is
// written on the audit executor after the response is built.
package ignoredfutures.case03;

import java.math.BigDecimal;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/orders")
public class OrderController {

    private final JdbcClient jdbcClient;
    private final OrderAuditTrail auditTrail;
    private final Executor auditExecutor;

    public OrderController(JdbcClient jdbcClient, OrderAuditTrail auditTrail,
                           @Qualifier("auditExecutor") Executor auditExecutor) {
        this.jdbcClient = jdbcClient;
        this.auditTrail = auditTrail;
        this.auditExecutor = auditExecutor;
    }

    @PostMapping
    public ResponseEntity<OrderCreated> create(@RequestBody NewOrder order,
                                               @RequestHeader("X-User-Id") String userId) {
        var keys = new GeneratedKeyHolder();
        jdbcClient.sql("INSERT INTO orders (customer_id, sku, quantity, total) VALUES (?, ?, ?, ?)")
                .params(order.customerId(), order.sku(), order.quantity(), order.total())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        CompletableFuture.runAsync(() -> auditTrail.record(userId, "ORDER_CREATED", id), auditExecutor); // dropped
        return ResponseEntity.created(URI.create("/api/orders/" + id)).body(new OrderCreated(id));
    }

    public record NewOrder(long customerId, String sku, int quantity, BigDecimal total) {
    }

    public record OrderCreated(long id) {
    }
}
