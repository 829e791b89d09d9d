package stars.case12;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class CouponRepository {

    private final JdbcTemplate jdbcTemplate;

    public CouponRepository(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> activeCoupons() {
        return jdbcTemplate.queryForList("SELECT " + "*" + " FROM coupons WHERE expires_at > now()"); // star
    }

    public int deactivate(String code) {
        return jdbcTemplate.update("UPDATE coupons SET active = false WHERE code = ?", code);
    }
}
