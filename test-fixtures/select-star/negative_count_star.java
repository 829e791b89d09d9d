// COUNT(*) in any case and spacing, alone or beside grouped columns, is not selecting all columns.
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class UserMetricsDao {

    private final JdbcTemplate jdbcTemplate;

    UserMetricsDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    int totalUsers() {
        Integer count = jdbcTemplate.queryForObject("SELECT COUNT(*) FROM users", Integer.class);
        return count == null ? 0 : count;
    }

    long ordersInStatus(String status) {
        Long count = jdbcTemplate.queryForObject("select count(*) from orders where status = ?", Long.class, status);
        return count == null ? 0 : count;
    }

    List<Map<String, Object>> ordersPerStatus() {
        return jdbcTemplate.queryForList("SELECT status, COUNT(*) AS n FROM orders GROUP BY status");
    }

    int openSessions(long userId) {
        Integer count = jdbcTemplate.queryForObject(
                "SELECT Count( * ) FROM login_sessions WHERE user_id = ? AND ended_at IS NULL", Integer.class, userId);
        return count == null ? 0 : count;
    }

    List<Map<String, Object>> busyCountries(int minCustomers) {
        return jdbcTemplate.queryForList("""
                SELECT c.country, count(*) AS customers
                FROM customers c
                GROUP BY c.country
                HAVING count(*) > ?
                """, minCustomers);
    }
}
