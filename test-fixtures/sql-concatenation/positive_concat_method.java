// String.concat(..) chains that add a parameter to a constant SQL prefix, inline and through a local.
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class ShipmentTrackingDao {

    private static final String BASE = "SELECT id, carrier, status FROM shipments";

    private final JdbcTemplate jdbcTemplate;

    ShipmentTrackingDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> byCarrier(String carrier) {
        return jdbcTemplate.queryForList(BASE.concat(" WHERE carrier = '").concat(carrier).concat("'"));  // expect: sql-concatenation "from `carrier`"
    }

    List<Map<String, Object>> matching(String whereClause) {
        String sql = BASE.concat(" WHERE ").concat(whereClause);
        return jdbcTemplate.queryForList(sql);  // expect: sql-concatenation "from `sql`"
    }

    int markDelivered(String trackingNumber) {
        return jdbcTemplate.update(  // expect: sql-concatenation "from `trackingNumber`"
                "UPDATE shipments SET status = 'DELIVERED' WHERE tracking_number = '".concat(trackingNumber + "'"));
    }

    List<Map<String, Object>> inTransit() {
        return jdbcTemplate.queryForList(BASE.concat(" WHERE status = 'IN_TRANSIT'"));
    }
}
