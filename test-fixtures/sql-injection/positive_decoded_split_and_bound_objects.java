// Request data that is URL- or Base64-decoded, split, or read from a bound request body object before it reaches SQL.
import jakarta.servlet.http.HttpServletRequest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ShipmentTrackingController {

    private final JdbcTemplate jdbcTemplate;

    ShipmentTrackingController(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/shipments/by-carrier")
    List<Map<String, Object>> byCarrier(HttpServletRequest request) {
        String carrier = URLDecoder.decode(request.getParameter("carrier"), StandardCharsets.UTF_8);
        return jdbcTemplate.queryForList("SELECT id FROM shipments WHERE carrier = '" + carrier + "'");  // expect: sql-injection "`getParameter(..)`"
    }

    @GetMapping("/shipments/by-token")
    List<Map<String, Object>> byToken(HttpServletRequest request) {
        byte[] raw = Base64.getDecoder().decode(request.getHeader("X-Tracking"));
        String tracking = new String(raw, StandardCharsets.UTF_8);
        return jdbcTemplate.queryForList("SELECT id FROM shipments WHERE tracking_no = '" + tracking + "'");  // expect: sql-injection "`getHeader(..)`"
    }

    @GetMapping("/shipments/by-range")
    List<Map<String, Object>> byRange(HttpServletRequest request) {
        String first = request.getQueryString().split("&")[0];
        return jdbcTemplate.queryForList("SELECT id FROM shipments WHERE zone = '" + first + "'");  // expect: sql-injection "`getQueryString(..)`"
    }

    @PostMapping("/shipments/search")
    List<Map<String, Object>> search(@RequestBody ShipmentQuery query) {
        String sql = "SELECT id FROM shipments WHERE destination = '" + query.getDestination() + "'";
        return jdbcTemplate.queryForList(sql);  // expect: sql-injection "parameter `query`"
    }

    @PostMapping("/shipments/search-by-id")
    List<Map<String, Object>> searchById(@RequestBody ShipmentQuery query) {
        // the id is a Long: concatenating it cannot change the statement
        return jdbcTemplate.queryForList("SELECT id FROM shipments WHERE id = " + query.getShipmentId());
    }
}

class ShipmentQuery {
    private String destination;
    private Long shipmentId;

    public String getDestination() {
        return destination;
    }

    public Long getShipmentId() {
        return shipmentId;
    }
}
