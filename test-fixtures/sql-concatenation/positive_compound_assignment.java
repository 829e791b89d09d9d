// `+=` that appends parameters to the SQL in a loop over filters and in branches (sort column, id list).
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class OrderSearchDao {

    private final JdbcTemplate jdbcTemplate;

    OrderSearchDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> search(Map<String, String> filters) {
        String sql = "SELECT id, status, total_cents FROM orders WHERE 1 = 1";
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            sql += " AND " + filter.getKey() + " = '" + filter.getValue() + "'";
        }
        return jdbcTemplate.queryForList(sql);  // expect: sql-concatenation "from `sql`"
    }

    List<Map<String, Object>> page(String sortColumn, boolean descending, int limit) {
        String sql = "SELECT id, placed_at, total_cents FROM orders";
        if (sortColumn != null) {
            sql += " ORDER BY " + sortColumn;
            if (descending) {
                sql += " DESC";
            }
        }
        sql += " LIMIT ?";
        return jdbcTemplate.queryForList(sql, limit);  // expect: sql-concatenation "from `sql`"
    }

    int tag(List<Long> orderIds, String tag) {
        String sql = "UPDATE orders SET tag = ? WHERE id IN (";
        for (int i = 0; i < orderIds.size(); i++) {
            sql += (i == 0 ? "" : ", ") + orderIds.get(i);
        }
        sql += ")";
        return jdbcTemplate.update(sql, tag);  // expect: sql-concatenation "from `sql`"
    }
}
