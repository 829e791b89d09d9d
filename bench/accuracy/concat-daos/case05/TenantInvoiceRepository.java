package concat.case05;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

public class TenantInvoiceRepository {
    private static final RowMapper<OpenInvoice> MAPPER = (rs, i) -> new OpenInvoice(
            rs.getLong("id"), rs.getString("number"), rs.getLong("amount_cents"));

    private final JdbcTemplate jdbc;
    private final String schema;

    public TenantInvoiceRepository(JdbcTemplate jdbc, String schema) {
        this.jdbc = jdbc;
        this.schema = schema;
    }

    public List<OpenInvoice> findOpen() {
        return jdbc.query("SELECT id, number, amount_cents FROM " + schema + ".invoices WHERE status = 'OPEN'", MAPPER); // sink
    }

    public record OpenInvoice(long id, String number, long amountCents) {
    }
}
