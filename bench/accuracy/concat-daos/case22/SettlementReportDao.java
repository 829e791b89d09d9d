package concat.case22;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

public class SettlementReportDao {
    private final JdbcTemplate jdbcTemplate;

    public SettlementReportDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public long settledVolumeSince(Instant since) {
        String sql = "SELECT coalesce(sum(amount_cents), 0) FROM payments WHERE status = '"
                + PaymentStatus.SETTLED.name() + "' AND settled_at >= ?";
        Long total = jdbcTemplate.queryForObject(sql, Long.class, Timestamp.from(since)); // sink
        return total == null ? 0L : total;
    }
}
