package eval5.case17;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
public class InvoiceHistoryService {

    private final JdbcClient jdbcClient;

    public InvoiceHistoryService(JdbcClient jdbcClient) {
        this.jdbcClient = jdbcClient;
    }

    public List<InvoiceLine> history(String customerNo, boolean includeCancelled) {
        var sql = new StringBuilder("SELECT i.invoice_no, i.issued_on, i.total FROM invoices i WHERE i.customer_no = :customerNo");
        if (!includeCancelled) {
            sql.append(" AND i.cancelled = FALSE");
        }
        sql.append(" ORDER BY i.issued_on DESC");
        var client = jdbcClient;
        return client.sql(sql.toString()).param("customerNo", customerNo).query(InvoiceLine.class).list(); // sink
    }

    public record InvoiceLine(String invoiceNo, LocalDate issuedOn, BigDecimal total) {
    }
}
