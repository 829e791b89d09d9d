package concat.case11;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

public class ShipmentDao {
    private static final RowMapper<Shipment> MAPPER = (rs, i) -> new Shipment(
            rs.getLong("id"), rs.getString("tracking_no"), rs.getString("carrier"),
            rs.getTimestamp("shipped_at").toInstant());

    private final JdbcTemplate jdbcTemplate;

    public ShipmentDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Shipment> findByIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT id, tracking_no, carrier, shipped_at FROM shipments WHERE id IN (?";
        for (int i = 1; i < ids.size(); i++) {
            sql += ", ?";
        }
        sql += ")";
        return jdbcTemplate.query(sql, MAPPER, ids.toArray()); // sink
    }

    public record Shipment(long id, String trackingNo, String carrier, Instant shippedAt) {
    }
}
