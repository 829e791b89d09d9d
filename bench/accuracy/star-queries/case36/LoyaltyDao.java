package stars.case36;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class LoyaltyDao {

    private final JdbcTemplate jdbcTemplate;

    public LoyaltyDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> tiers() {
        return jdbcTemplate.queryForList("SELECT*FROM loyalty_tiers ORDER BY min_points"); // star
    }

    public Integer pointsOf(long memberId) {
        return jdbcTemplate.queryForObject(
                "SELECT points FROM loyalty_members WHERE id = ?", Integer.class, memberId);
    }
}
