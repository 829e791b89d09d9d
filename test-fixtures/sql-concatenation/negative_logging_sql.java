// Non-constant text around constant SQL that is only logged, put in an exception or returned for display, never executed.
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

class InvoiceBatchService {

    private static final Logger log = LoggerFactory.getLogger(InvoiceBatchService.class);

    private static final String OPEN_INVOICES =
            "SELECT id, customer_id, total_cents FROM invoices WHERE status = 'OPEN' AND customer_id = ?";

    private final JdbcTemplate jdbcTemplate;

    InvoiceBatchService(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> openInvoices(long customerId) {
        log.debug("running " + OPEN_INVOICES + " for customer " + customerId);
        return jdbcTemplate.queryForList(OPEN_INVOICES, customerId);
    }

    int close(String invoiceNumber, String user) {
        String sql = "UPDATE invoices SET status = 'CLOSED', closed_by = ? WHERE number = ?";
        log.info("Executing SQL: {} [{}, {}]", sql, user, invoiceNumber);
        int updated = jdbcTemplate.update(sql, user, invoiceNumber);
        if (updated == 0) {
            throw new IllegalStateException("no open invoice " + invoiceNumber + " for statement: " + sql);
        }
        return updated;
    }

    String previewFilter(String table, String filter) {
        String preview = "SELECT id FROM " + table + " WHERE " + filter;
        log.warn("preview only, not executed: " + preview);
        return preview;
    }
}
