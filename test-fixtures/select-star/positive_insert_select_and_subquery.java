// SELECT * nested in other statements: INSERT ... SELECT *, CREATE TABLE AS, a derived table and a CTE.
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class OrderArchiveJob {

    private final JdbcTemplate jdbcTemplate;

    OrderArchiveJob(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    int archiveClosedBefore(Instant cutoff) {
        return jdbcTemplate.update("INSERT INTO orders_archive SELECT * FROM orders WHERE closed_at < ?", cutoff);  // expect: select-star "`orders`"
    }

    void snapshotBeforeMigration() {
        jdbcTemplate.execute("CREATE TABLE orders_backup AS SELECT * FROM orders");  // expect: select-star "`orders`"
    }

    List<Long> bigOpenOrders(long minTotalCents) {
        return jdbcTemplate.queryForList(
                "SELECT id FROM (SELECT * FROM orders WHERE status = 'OPEN') x WHERE x.total_cents > ?",  // expect: select-star "`orders`"
                Long.class, minTotalCents);
    }

    List<Map<String, Object>> recentTotals(Instant since) {
        return jdbcTemplate.queryForList("""
                WITH recent AS (
                    SELECT * FROM orders WHERE placed_at > ?
                )
                SELECT r.id, r.total_cents FROM recent r ORDER BY r.placed_at
                """, since);  // expect: select-star "`orders`"
    }
}
