package stars.case40;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class DashboardDao {

    private final JdbcTemplate jdbcTemplate;

    public DashboardDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> ticketsPerQueue() {
        return jdbcTemplate.queryForList(
                "SELECT queue, COUNT(*) AS total, MAX(created_at) AS newest FROM tickets GROUP BY queue HAVING COUNT(*) > 0");
    }
}
