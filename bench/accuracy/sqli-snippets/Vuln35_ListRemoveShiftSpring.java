package eval.c35;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Vuln35_ListRemoveShiftSpring {

    private final JdbcTemplate jdbcTemplate;

    public Vuln35_ListRemoveShiftSpring(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/api/inventory")
    public List<Map<String, Object>> inventory(@RequestParam("warehouse") String warehouse) {
        List<String> parts = new ArrayList<>();
        parts.add("zero");     // index 0
        parts.add("one");      // index 1
        parts.add(warehouse);  // index 2
        parts.remove(0);       // ["one", warehouse]
        parts.remove(0);       // [warehouse]
        String bar = parts.get(0);
        String sql = "SELECT sku, qty FROM stock WHERE warehouse = '" + bar + "'";
        return jdbcTemplate.queryForList(sql); // sink
    }
}
