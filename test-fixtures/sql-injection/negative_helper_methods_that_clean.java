// Helper methods of the same class that turn request data into numbers or fixed identifiers before it reaches SQL.
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ShipmentPageController {

    private final JdbcTemplate jdbcTemplate;

    ShipmentPageController(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/shipments/page")
    List<Map<String, Object>> page(@RequestParam String page, @RequestParam String sort) {
        return jdbcTemplate.queryForList("SELECT id, status FROM shipments ORDER BY " + sortColumn(sort)
                + " LIMIT 50 OFFSET " + offset(page));
    }

    private static String sortColumn(String requested) {
        return "created".equals(requested) ? "created_at" : "id";
    }

    private static int offset(String page) {
        return Integer.parseInt(page) * 50;
    }
}
