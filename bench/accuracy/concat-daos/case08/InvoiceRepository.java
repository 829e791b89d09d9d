package concat.case08;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class InvoiceRepository {
    private static final RowMapper<Invoice> MAPPER = (rs, i) -> new Invoice(
            rs.getLong("id"), rs.getString("number"), rs.getLong("amount_cents"), rs.getString("status"));

    private final JdbcTemplate jdbcTemplate;

    public InvoiceRepository(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Invoice> findForAccount(long accountId, boolean includeVoided) {
        String sql;
        if (includeVoided) {
            sql = "SELECT id, number, amount_cents, status FROM invoices WHERE account_id = ? ORDER BY issued_on";
        } else {
            sql = "SELECT id, number, amount_cents, status FROM invoices WHERE account_id = ? AND status <> 'VOID' ORDER BY issued_on";
        }
        return jdbcTemplate.query(sql, MAPPER, accountId); // sink
    }

    public record Invoice(long id, String number, long amountCents, String status) {
    }
}
