// SELECT * formed only by a concatenation of literals, final locals and same-file constants, no single literal having it.
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class InvoiceQueryDao {

    private static final String SELECT_ALL = "SELECT * ";

    private static final String OVERDUE =
            "SELECT *"  // expect: select-star "`invoices`"
            + " FROM invoices"
            + " WHERE due_date < ?"
            + "   AND paid_at IS NULL";

    private final JdbcTemplate jdbcTemplate;

    InvoiceQueryDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> byCustomer(long customerId) {
        return jdbcTemplate.queryForList("SELECT " + "*" + " FROM invoices WHERE customer_id = ?", customerId);  // expect: select-star "`invoices`"
    }

    List<Map<String, Object>> overdue(LocalDate today) {
        return jdbcTemplate.queryForList(OVERDUE, today);
    }

    List<Map<String, Object>> lines(long invoiceId) {
        final String allColumns = "*";
        final String table = "invoice_lines";
        String sql = "SELECT " + allColumns + " FROM " + table + " WHERE invoice_id = ?";  // expect: select-star "`invoice_lines`"
        return jdbcTemplate.queryForList(sql, invoiceId);
    }

    List<Map<String, Object>> creditNotes(long invoiceId) {
        return jdbcTemplate.queryForList(SELECT_ALL + "FROM credit_notes WHERE invoice_id = ?", invoiceId);  // expect: select-star "`credit_notes`"
    }
}
