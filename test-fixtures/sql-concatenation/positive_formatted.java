// String.formatted(..) on a literal, a text block and a text-block constant, with a parameter as an argument.
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class InvoiceSearchDao {

    private static final String BY_STATUS = """
            SELECT id, number, total_cents
            FROM invoices
            WHERE status = ?
            ORDER BY %s
            """;

    private final JdbcTemplate jdbcTemplate;

    InvoiceSearchDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> byStatus(String status, String orderBy) {
        return jdbcTemplate.queryForList(BY_STATUS.formatted(orderBy), status);  // expect: sql-concatenation "from `orderBy`"
    }

    List<Map<String, Object>> between(String dateColumn, LocalDate from, LocalDate to) {
        return jdbcTemplate.queryForList("SELECT id, number FROM invoices WHERE %s BETWEEN ? AND ?".formatted(dateColumn), from, to);  // expect: sql-concatenation "from `dateColumn`"
    }

    Map<String, Object> latestFor(String customerRef) {
        String sql = """
                SELECT id, number, issued_at
                FROM invoices
                WHERE customer_ref = '%s'
                ORDER BY issued_at DESC
                LIMIT 1
                """.formatted(customerRef);
        return jdbcTemplate.queryForMap(sql);  // expect: sql-concatenation "from `sql`"
    }
}
