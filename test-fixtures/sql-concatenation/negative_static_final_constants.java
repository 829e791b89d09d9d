// static final SQL in the same class, interface constants (qualified and inherited), and an int constant in LIMIT.
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

interface PaymentSql {
    String BASE = "SELECT id, order_id, amount_cents, status FROM payments";
    String BY_ID = BASE + " WHERE id = ?";
}

class PaymentDao {

    private static final String TABLE = "payments";
    private static final String INSERT =
            "INSERT INTO " + TABLE + " (order_id, amount_cents, status) VALUES (?, ?, 'NEW')";
    private static final String BY_ORDER = PaymentSql.BASE + " WHERE order_id = ? ORDER BY created_at";
    private static final int MAX_ROWS = 500;

    private final JdbcTemplate jdbcTemplate;

    PaymentDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    int create(long orderId, long amountCents) {
        return jdbcTemplate.update(INSERT, orderId, amountCents);
    }

    List<Map<String, Object>> byOrder(long orderId) {
        return jdbcTemplate.queryForList(BY_ORDER, orderId);
    }

    Map<String, Object> byId(long id) {
        return jdbcTemplate.queryForMap(PaymentSql.BY_ID, id);
    }

    List<Map<String, Object>> recentFailures() {
        return jdbcTemplate.queryForList(
                PaymentSql.BASE + " WHERE status = 'FAILED' ORDER BY created_at DESC LIMIT " + MAX_ROWS);
    }
}

class RefundDao implements PaymentSql {

    private final JdbcTemplate jdbcTemplate;

    RefundDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> refunded() {
        return jdbcTemplate.queryForList(BASE + " WHERE status = 'REFUNDED'");
    }
}
