package eval5.case10;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class CampaignStatsDao {

    private final JdbcTemplate jdbcTemplate;

    public CampaignStatsDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public long clicks(String campaign) {
        String sql = "SELECT count(*) FROM tracking_clicks WHERE utm_campaign = '" + campaign + "' AND clicked_at > now() - interval '30 days'";
        Long count = jdbcTemplate.queryForObject(sql, Long.class); // sink
        return count == null ? 0L : count;
    }
}
