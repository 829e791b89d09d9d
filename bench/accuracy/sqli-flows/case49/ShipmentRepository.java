package eval5.case49;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class ShipmentRepository {

    private static final String OPEN_SHIPMENTS = """
            SELECT s.id, s.tracking_number, s.carrier_code, s.status, s.dispatched_at
              FROM shipments s
             WHERE s.status IN ('LABEL_CREATED', 'IN_TRANSIT')
            """;

    private final JdbcTemplate jdbcTemplate;

    public ShipmentRepository(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<ShipmentView> findOpenByCarrierCode(String carrierCode, int pageSize) {
        String sql = OPEN_SHIPMENTS + " AND s.carrier_code = '" + carrierCode + "' ORDER BY s.dispatched_at DESC LIMIT ?";
        return jdbcTemplate.query(sql, ShipmentRepository::toView, pageSize); // sink
    }

    private static ShipmentView toView(ResultSet rs, int rowNum) throws SQLException {
        return new ShipmentView(
                rs.getLong("id"),
                rs.getString("tracking_number"),
                rs.getString("carrier_code"),
                rs.getString("status"),
                rs.getObject("dispatched_at", OffsetDateTime.class));
    }

    public record ShipmentView(long id, String trackingNumber, String carrierCode, String status,
                               OffsetDateTime dispatchedAt) {
    }
}
