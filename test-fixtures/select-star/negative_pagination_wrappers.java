// SELECT * over a derived table (pagination and row-number wrappers): the inner query names the columns.
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class PagedReportDao {

    private static final String PAGE_WRAPPER_START = "SELECT * FROM (SELECT q.*, ROWNUM rn FROM (";
    private static final String PAGE_WRAPPER_END = ") q WHERE ROWNUM <= ?) WHERE rn > ?";

    private final JdbcTemplate jdbcTemplate;

    PagedReportDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> page(String innerSql, int offset, int limit) {
        return jdbcTemplate.queryForList(PAGE_WRAPPER_START + innerSql + PAGE_WRAPPER_END, offset + limit, offset);
    }

    List<Map<String, Object>> latestOrders(int limit) {
        return jdbcTemplate.queryForList(
                "SELECT * FROM (SELECT id, customer_id, total_cents FROM orders ORDER BY placed_at DESC) WHERE ROWNUM <= ?",
                limit);
    }

    List<Map<String, Object>> ranked(String innerSql, int from, int to) {
        String sql = "SELECT * FROM (" + innerSql + ") numbered WHERE numbered.rn BETWEEN ? AND ?";
        return jdbcTemplate.queryForList(sql, from, to);
    }
}
