package eval5.case27;

import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class InvoiceSummaryDao {

    private final JdbcTemplate jdbcTemplate;

    public InvoiceSummaryDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public Map<String, Object> summary(String schema) {
        String sql = "SELECT count(*) AS invoices, coalesce(sum(amount_due), 0) AS outstanding FROM " + schema + ".invoices WHERE paid_on IS NULL";
        return jdbcTemplate.queryForMap(sql); // sink
    }
}
