package concat.case45;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

public class CouponDao {
    private static final String BASE = "SELECT id, code, discount_pct FROM coupons";
    private static final RowMapper<Coupon> MAPPER = (rs, i) -> new Coupon(
            rs.getLong("id"), rs.getString("code"), rs.getInt("discount_pct"));

    private final JdbcTemplate jdbcTemplate;

    public CouponDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Coupon> redeemable() {
        return jdbcTemplate.query(BASE.concat(" WHERE expires_at > now() AND redeemed = false"), MAPPER); // sink
    }

    public record Coupon(long id, String code, int discountPct) {
    }
}
