package stars.case50;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class StatusReportDao {

    private final JdbcTemplate jdbcTemplate;

    public StatusReportDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<String> statuses() {
        return jdbcTemplate.queryForList("SELECT DISTINCT status FROM shipments ORDER BY status", String.class);
    }

    public Integer buyers() {
        return jdbcTemplate.queryForObject("SELECT COUNT(DISTINCT customer_id) FROM orders", Integer.class);
    }
}
