package stars.case11;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class ShipmentDao {

    private static final RowMapper<Shipment> MAPPER =
            (rs, i) -> new Shipment(rs.getLong("id"), rs.getString("tracking_no"));

    private final JdbcTemplate jdbcTemplate;

    public ShipmentDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Shipment> pendingFor(String carrier) {
        return jdbcTemplate.query("SELECT *" // star
                + " FROM shipments"
                + " WHERE carrier = ?"
                + "   AND delivered_at IS NULL",
                MAPPER, carrier);
    }

    public record Shipment(long id, String trackingNo) {}
}
