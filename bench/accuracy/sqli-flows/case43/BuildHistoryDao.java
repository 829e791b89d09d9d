package eval5.case43;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class BuildHistoryDao {

    private final JdbcTemplate jdbcTemplate;

    public BuildHistoryDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> builds(String whereClause, String pipeline) {
        String sql = "SELECT b.number, b.status, b.duration_seconds, b.started_at FROM builds b" + whereClause
                + (whereClause.isEmpty() ? " WHERE" : " AND") + " b.pipeline = ? ORDER BY b.number DESC LIMIT 100";
        return jdbcTemplate.queryForList(sql, pipeline); // sink
    }
}
