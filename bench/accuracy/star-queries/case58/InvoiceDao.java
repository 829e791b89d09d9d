package stars.case58;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class InvoiceDao implements InvoiceSql {

    private final JdbcTemplate jdbcTemplate;

    public InvoiceDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> forAccount(long accountId) {
        return jdbcTemplate.queryForList(ALL_FOR_ACCOUNT, accountId);
    }

    public void markPaid(long invoiceId) {
        jdbcTemplate.update(MARK_PAID, invoiceId);
    }
}
