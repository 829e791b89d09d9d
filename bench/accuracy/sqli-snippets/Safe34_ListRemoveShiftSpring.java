package eval.c84;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Safe34_ListRemoveShiftSpring {

    private final JdbcTemplate jdbcTemplate;

    public Safe34_ListRemoveShiftSpring(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/api/inventory")
    public List<Map<String, Object>> inventory(@RequestParam("warehouse") String warehouse) {
        List<String> parts = new ArrayList<>();
        parts.add(warehouse);  // index 0
        parts.add("central");  // index 1
        parts.add("overflow"); // index 2
        parts.remove(0);       // ["central", "overflow"]
        String bar = parts.get(0); // "central"
        String sql = "SELECT sku, qty FROM stock WHERE warehouse = '" + bar + "'";
        return jdbcTemplate.queryForList(sql); // sink
    }
}
