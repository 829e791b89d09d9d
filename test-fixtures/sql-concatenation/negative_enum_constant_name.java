// name() of an enum constant (OrderStatus.SHIPPED.name()) concatenated into SQL, inline and in a static final.
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

enum OrderStatus { NEW, PAID, SHIPPED, CANCELLED }

class OrderStatusDao {

    private static final String PAID_ORDERS =
            "SELECT id, total_cents FROM orders WHERE status = '" + OrderStatus.PAID.name() + "'";

    private final JdbcTemplate jdbcTemplate;

    OrderStatusDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> shipped() {
        return jdbcTemplate.queryForList("SELECT id FROM orders WHERE status = '" + OrderStatus.SHIPPED.name() + "'");
    }

    int cancelStale(Instant before) {
        return jdbcTemplate.update("UPDATE orders SET status = '" + OrderStatus.CANCELLED.name()
                + "' WHERE status = '" + OrderStatus.NEW.name() + "' AND created_at < ?", Timestamp.from(before));
    }

    List<Map<String, Object>> paid() {
        return jdbcTemplate.queryForList(PAID_ORDERS);
    }
}
