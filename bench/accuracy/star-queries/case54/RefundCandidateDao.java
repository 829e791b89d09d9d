package stars.case54;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class RefundCandidateDao {

    private final JdbcTemplate jdbcTemplate;

    public RefundCandidateDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> candidates(int days) {
        String sql = """
                SELECT o.id, o.total, o.delivered_at
                  FROM orders o
                 WHERE o.delivered_at > now() - make_interval(days => ?)
                   AND NOT EXISTS (SELECT * FROM refunds r WHERE r.order_id = o.id)
                """;
        return jdbcTemplate.queryForList(sql, days);
    }
}
