// String.join over constant column lists (static final List.of / String[] of literals) and over nCopies(n, "?") placeholders.
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class CustomerExportDao {

    private static final List<String> COLUMNS = List.of("id", "email", "display_name", "created_at");
    private static final String[] AUDIT_COLUMNS = {"id", "actor", "action", "occurred_at"};

    private final JdbcTemplate jdbcTemplate;

    CustomerExportDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> export() {
        return jdbcTemplate.queryForList("SELECT " + String.join(", ", COLUMNS) + " FROM customers ORDER BY id");
    }

    List<Map<String, Object>> auditTrail(long customerId) {
        String sql = "SELECT " + String.join(", ", AUDIT_COLUMNS) + " FROM customer_audit WHERE customer_id = ?";
        return jdbcTemplate.queryForList(sql, customerId);
    }

    List<Map<String, Object>> byIds(List<Long> ids) {
        String placeholders = String.join(",", Collections.nCopies(ids.size(), "?"));
        return jdbcTemplate.queryForList("SELECT id, email FROM customers WHERE id IN (" + placeholders + ")", ids.toArray());
    }

    int endSessions(Collection<Long> customerIds) {
        return jdbcTemplate.update("DELETE FROM customer_sessions WHERE customer_id IN ("
                + String.join(", ", Collections.nCopies(customerIds.size(), "?")) + ")", customerIds.toArray());
    }
}
