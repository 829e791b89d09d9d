package stars.case10;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class InvoiceReportDao {

    private final JdbcTemplate jdbcTemplate;

    public InvoiceReportDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> overdue(LocalDate today) {
        String sql = /* star */ """
                SELECT *
                  FROM invoices
                 WHERE due_date < ?
                   AND paid_at IS NULL
                 ORDER BY due_date
                """;
        return jdbcTemplate.queryForList(sql, today);
    }
}
