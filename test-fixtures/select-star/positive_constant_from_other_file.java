// SELECT * formed by concatenating SqlColumns.ALL (declared as "*" in negative_sql_column_constants.java) with literals.
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class OrderExportDao {

    private static final String ARCHIVED_ORDERS =
            "SELECT " + SqlColumns.ALL + " FROM orders_archive WHERE archived_at > ?";  // expect: select-star "`orders_archive`"

    private final JdbcTemplate jdbcTemplate;

    OrderExportDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> ordersSince(Instant since) {
        return jdbcTemplate.queryForList("SELECT " + SqlColumns.ALL + " FROM orders WHERE created_at > ?", since);  // expect: select-star "`orders`"
    }

    List<Map<String, Object>> archivedSince(Instant since) {
        return jdbcTemplate.queryForList(ARCHIVED_ORDERS, since);
    }

    List<Map<String, Object>> refundsOf(long orderId) {
        String sql = "SELECT " + SqlColumns.ALL
                + " FROM refunds"  // expect: select-star "`refunds`"
                + " WHERE order_id = ?";
        return jdbcTemplate.queryForList(sql, orderId);
    }
}
