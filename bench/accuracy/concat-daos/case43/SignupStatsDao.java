package concat.case43;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

public class SignupStatsDao {
    private final JdbcTemplate jdbcTemplate;

    public SignupStatsDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> signups(ReportPeriod period) {
        String bucket = switch (period) {
            case DAY -> "date_trunc('day', created_at)";
            case WEEK -> "date_trunc('week', created_at)";
            case MONTH -> "date_trunc('month', created_at)";
        };
        String sql = "SELECT " + bucket + " AS bucket, count(*) AS signups FROM accounts GROUP BY 1 ORDER BY 1";
        return jdbcTemplate.queryForList(sql); // sink
    }
}
