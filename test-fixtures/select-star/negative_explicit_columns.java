// Queries that name their columns: plain, aliased joins, INSERT ... SELECT and a derived table with explicit lists.
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class ExplicitColumnsOrderDao {

    private final JdbcTemplate jdbcTemplate;

    ExplicitColumnsOrderDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> users() {
        return jdbcTemplate.queryForList("SELECT id, name FROM users");
    }

    Map<String, Object> userContact(long userId) {
        return jdbcTemplate.queryForMap("SELECT u.id, u.email FROM users u WHERE u.id = ?", userId);
    }

    List<Map<String, Object>> ordersWithCustomer() {
        return jdbcTemplate.queryForList("""
                SELECT o.id, o.total_cents, c.name AS customer_name
                FROM orders o
                JOIN customers c ON c.id = o.customer_id
                ORDER BY o.placed_at DESC
                """);
    }

    int archiveClosedBefore(Instant cutoff) {
        return jdbcTemplate.update(
                "INSERT INTO orders_archive (id, user_id, total_cents) SELECT id, user_id, total_cents FROM orders WHERE closed_at < ?",
                cutoff);
    }

    List<Long> bigOpenOrders(long minTotalCents) {
        return jdbcTemplate.queryForList(
                "SELECT id FROM (SELECT id, total_cents FROM orders WHERE status = 'OPEN') x WHERE x.total_cents > ?",
                Long.class, minTotalCents);
    }
}
