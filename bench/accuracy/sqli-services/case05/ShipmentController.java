package eval2.case05;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/shipments")
public class ShipmentController {

    private static final Logger log = LoggerFactory.getLogger(ShipmentController.class);
    private static final int MAX_ROWS = 500;

    private final JdbcTemplate jdbc;

    public ShipmentController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/pending")
    public List<Shipment> pending(@RequestParam(defaultValue = "PENDING") String state,
                                  @RequestParam(required = false) String orderBy) {
        StringBuilder sql = new StringBuilder(256)
                .append("SELECT s.id, s.tracking_code, s.carrier, s.expected_on ")
                .append("FROM shipments s ")
                .append("WHERE s.state = ? ");
        sql.append(buildOrderBy(orderBy));
        sql.append(" LIMIT ").append(MAX_ROWS);

        log.debug("pending shipments query: {}", sql);
        return jdbc.query(sql.toString(), this::toShipment, state); // sink
    }

    /**
     * Callers may pass e.g. "expected_on desc" or "carrier"; defaults to expected date.
     */
    private String buildOrderBy(String orderBy) {
        if (orderBy == null || orderBy.isBlank()) {
            return "ORDER BY s.expected_on";
        }
        String normalized = orderBy.trim().replace('+', ' ');
        return "ORDER BY s." + normalized;
    }

    private Shipment toShipment(ResultSet rs, int row) throws SQLException {
        return new Shipment(rs.getLong("id"), rs.getString("tracking_code"),
                rs.getString("carrier"), rs.getObject("expected_on", LocalDate.class));
    }

    public record Shipment(long id, String trackingCode, String carrier, LocalDate expectedOn) {
    }
}
