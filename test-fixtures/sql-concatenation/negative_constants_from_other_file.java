// Uses of static final SQL declared in another file (Sql, Sql.Orders), alone, extended with literals, via a final local.
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class UserAccountDao {

    private final JdbcTemplate jdbcTemplate;

    UserAccountDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    Map<String, Object> findUser(long id) {
        return jdbcTemplate.queryForMap(Sql.FIND_USER, id);
    }

    Map<String, Object> findByEmail(String email) {
        return jdbcTemplate.queryForMap(Sql.USER_BASE + " WHERE lower(email) = lower(?)", email);
    }

    List<Map<String, Object>> newestUsers(int limit) {
        final String sql = Sql.USER_BASE + " ORDER BY created_at DESC LIMIT ?";
        return jdbcTemplate.queryForList(sql, limit);
    }

    List<Map<String, Object>> ordersOf(long customerId) {
        return jdbcTemplate.queryForList(Sql.Orders.BY_CUSTOMER + " ORDER BY placed_at", customerId);
    }
}
