// DAO, repository and request body class behind negative_callee_sinks_not_reached.java: request values are bound or only logged; concatenated parameters receive nothing but numbers, allow-listed columns and constants.
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class XfInvoiceDao {

    private static final Logger LOG = Logger.getLogger(XfInvoiceDao.class.getName());

    private final JdbcTemplate jdbcTemplate;

    XfInvoiceDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    JdbcTemplate template() {
        return jdbcTemplate;
    }

    List<Map<String, Object>> findByCustomer(String customer) {
        return jdbcTemplate.queryForList("SELECT id, total_cents FROM invoices WHERE customer_name = ?", customer);
    }

    // the reason is only logged; the table is a literal of the service
    int moveVoidedTo(String archiveTable, String reason) {
        LOG.info("archiving void invoices: " + reason);
        return jdbcTemplate.update("INSERT INTO " + archiveTable + " (id, total_cents) SELECT id, total_cents FROM invoices WHERE status = 'VOID'");
    }

    // receives the text of a parsed number
    Map<String, Object> findByNumber(String invoiceNumber) {
        return jdbcTemplate.queryForMap("SELECT id, total_cents FROM invoices WHERE invoice_number = " + invoiceNumber);
    }

    // receives a column chosen by a switch of literals
    List<Map<String, Object>> listOrderedBy(String column) {
        return jdbcTemplate.queryForList("SELECT id, total_cents FROM invoices ORDER BY " + column);
    }

    // called with constants only
    List<Map<String, Object>> findByStatus(String status) {
        return jdbcTemplate.queryForList("SELECT id, total_cents FROM invoices WHERE status = '" + status + "'");
    }

    // the year is an int; the customer text is bound
    List<Map<String, Object>> findForYear(XfInvoiceQuery query) {
        return jdbcTemplate.queryForList("SELECT id, total_cents FROM invoices WHERE EXTRACT(YEAR FROM issued_on) = " + query.getYear()
                + " AND customer_name = ?", query.getCustomer());
    }
}

class XfInvoiceQuery {

    private String customer;
    private int year;

    public String getCustomer() {
        return customer;
    }

    public int getYear() {
        return year;
    }
}

interface XfPaymentRepository {
    List<Map<String, Object>> findByReference(String reference);
}

class XfJdbcPaymentRepository implements XfPaymentRepository {

    private final NamedParameterJdbcTemplate namedJdbc;

    XfJdbcPaymentRepository(NamedParameterJdbcTemplate namedJdbc) {
        this.namedJdbc = namedJdbc;
    }

    @Override
    public List<Map<String, Object>> findByReference(String reference) {
        return namedJdbc.queryForList("SELECT id, amount_cents FROM payments WHERE reference = :reference", Map.of("reference", reference));
    }
}
