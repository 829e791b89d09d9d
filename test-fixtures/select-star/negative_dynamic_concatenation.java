// Concatenations whose column list is not a constant "*" (parameters, joined lists, constant explicit columns).
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class DynamicQueryDao {

    private final JdbcTemplate jdbcTemplate;

    DynamicQueryDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> usersWithColumns(String columns, long tenantId) {
        return jdbcTemplate.queryForList("SELECT " + columns + " FROM users WHERE tenant_id = ?", tenantId);
    }

    List<Map<String, Object>> project(String table, List<String> projection) {
        String sql = "SELECT " + String.join(", ", projection)
                + " FROM " + table
                + " ORDER BY id";
        return jdbcTemplate.queryForList(sql);
    }

    List<Map<String, Object>> ordersFor(long customerId, boolean withNotes) {
        String columns = withNotes ? "id, total_cents, notes" : "id, total_cents";
        return jdbcTemplate.queryForList("SELECT " + columns + " FROM orders WHERE customer_id = ?", customerId);
    }

    List<Map<String, Object>> contacts() {
        final String contactColumns = "id, email, phone";
        return jdbcTemplate.queryForList("SELECT " + contactColumns + " FROM customers");
    }

    List<Map<String, Object>> users() {
        return jdbcTemplate.queryForList(SqlColumns.SELECT_USERS + " WHERE deleted_at IS NULL");
    }
}
