// A JdbcTemplate DAO that prints the stack trace in a catch block before rethrowing with the cause, next to a method that logs correctly.
import java.math.BigDecimal;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

record InvoiceRow(long id, String number, BigDecimal total) {
}

@Repository
class InvoiceJdbcDao {

    private static final Logger log = LoggerFactory.getLogger(InvoiceJdbcDao.class);

    private final JdbcTemplate jdbc;

    InvoiceJdbcDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<InvoiceRow> findOpen(long customerId) {
        try {
            return jdbc.query(
                    "SELECT id, number, total FROM invoices WHERE customer_id = ? AND paid = FALSE",
                    (rs, i) -> new InvoiceRow(rs.getLong("id"), rs.getString("number"), rs.getBigDecimal("total")),
                    customerId);
        } catch (DataAccessException e) {
            e.printStackTrace(); // expect: debug-output "printStackTrace"
            throw new IllegalStateException("Could not load open invoices for " + customerId, e);
        }
    }

    int markPaid(long invoiceId) {
        try {
            return jdbc.update("UPDATE invoices SET paid = TRUE WHERE id = ?", invoiceId);
        } catch (DataAccessException e) {
            log.error("Could not mark invoice {} as paid", invoiceId, e);
            throw e;
        }
    }
}
