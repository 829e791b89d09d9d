package concat.case57;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class RateLimitJanitor {
    private final JdbcTemplate jdbcTemplate;
    private final int retentionDays;

    public RateLimitJanitor(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
        this.retentionDays = 7;
    }

    public int purge() {
        String sql = "DELETE FROM rate_limit_windows WHERE window_start < '" + LocalDate.now().minusDays(retentionDays) + "'";
        return jdbcTemplate.update(sql); // sink
    }
}
