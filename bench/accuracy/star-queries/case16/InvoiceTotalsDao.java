package stars.case16;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class InvoiceTotalsDao {

    private final JdbcTemplate jdbcTemplate;

    public InvoiceTotalsDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> totals(long accountId) {
        String sql = """
                /* formerly SELECT * FROM invoices; the blob columns made it slow */
                SELECT id, number, total, issued_at
                  FROM invoices
                 WHERE account_id = ?
                """;
        return jdbcTemplate.queryForList(sql, accountId);
    }
}
