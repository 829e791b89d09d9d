package concat.case02;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Runs the saved report definitions that analysts maintain in the admin console. */
@Service
public class ScheduledReportRunner {
    private final JdbcTemplate jdbcTemplate;

    public ScheduledReportRunner(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> run(String reportSql) {
        return jdbcTemplate.queryForList(reportSql); // sink
    }
}
