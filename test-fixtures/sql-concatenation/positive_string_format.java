// String.format (with and without a Locale) filling parameters into the SQL of a reporting DAO.
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class RevenueReportDao {

    private final JdbcTemplate jdbcTemplate;

    RevenueReportDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> totalsBy(String groupColumn, LocalDate from) {
        String sql = String.format(
                "SELECT %s, SUM(total_cents) AS revenue FROM orders WHERE placed_at >= ? GROUP BY %s",
                groupColumn, groupColumn);
        return jdbcTemplate.queryForList(sql, from);  // expect: sql-concatenation "from `sql`"
    }

    long rowCount(String schema, String table) {
        Long count = jdbcTemplate.queryForObject(String.format("SELECT count(*) FROM %s.%s", schema, table), Long.class);  // expect: sql-concatenation "from `schema`"
        return count == null ? 0 : count;
    }

    int purgeOlderThan(String table, int days) {
        return jdbcTemplate.update(  // expect: sql-concatenation "from `table`"
                String.format(Locale.ROOT, "DELETE FROM %s WHERE created_at < now() - interval '%d days'", table, days));
    }
}
