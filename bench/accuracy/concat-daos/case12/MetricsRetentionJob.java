package concat.case12;

import java.sql.Date;
import java.time.LocalDate;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class MetricsRetentionJob {
    private final JdbcTemplate jdbcTemplate;
    private final Environment environment;

    public MetricsRetentionJob(JdbcTemplate jdbcTemplate, Environment environment) {
        this.jdbcTemplate = jdbcTemplate;
        this.environment = environment;
    }

    public int purge(LocalDate cutoff) {
        String table = environment.getProperty("metrics.table", "metrics_daily");
        return jdbcTemplate.update("DELETE FROM " + table + " WHERE day < ?", Date.valueOf(cutoff)); // sink
    }
}
