// Audit trail of order events, one row per action.
package ignoredfutures.case03;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class OrderAuditTrail {

    private final JdbcClient jdbcClient;

    public OrderAuditTrail(JdbcClient jdbcClient) {
        this.jdbcClient = jdbcClient;
    }

    public void record(String userId, String action, long orderId) {
        jdbcClient.sql("INSERT INTO order_audit (user_id, action, order_id, at) VALUES (:user, :action, :order, :at)")
                .param("user", userId)
                .param("action", action)
                .param("order", orderId)
                .param("at", Instant.now())
                .update();
    }
}
