package concat.case54;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

public class ReservationExpiryDao {
    private static final String TEMPLATE =
            "SELECT id, sku, qty FROM {schema}.reservations WHERE expires_at < now() ORDER BY expires_at";

    private final JdbcTemplate jdbcTemplate;

    public ReservationExpiryDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> expired(String schema) {
        String sql = TEMPLATE.replace("{schema}", schema);
        return jdbcTemplate.queryForList(sql); // sink
    }
}
