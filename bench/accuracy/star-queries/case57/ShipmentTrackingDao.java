package stars.case57;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class ShipmentTrackingDao {

    private final JdbcTemplate jdbcTemplate;

    public ShipmentTrackingDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> tracking(String trackingNo) {
        // jdbcTemplate.queryForList("SELECT * FROM shipments WHERE tracking_no = ?", trackingNo);
        String sql = """
                SELECT id, carrier, status -- not SELECT *: the label PDF column is large
                  FROM shipments
                 WHERE tracking_no = ?
                """;
        return jdbcTemplate.queryForList(sql, trackingNo);
    }
}
