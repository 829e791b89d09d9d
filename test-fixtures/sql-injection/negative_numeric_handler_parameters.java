// Handler parameters of numeric types (@PathVariable long, @RequestParam int, unannotated int) concatenated into SQL: numbers cannot inject.
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class InventoryController {

    private final JdbcTemplate jdbcTemplate;

    InventoryController(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/inventory/{id}")
    Map<String, Object> item(@PathVariable long id) {
        return jdbcTemplate.queryForMap("SELECT id, sku, quantity FROM inventory WHERE id = " + id);
    }

    @GetMapping("/inventory")
    List<Map<String, Object>> page(@RequestParam int page, @RequestParam(defaultValue = "20") int size) {
        String sql = "SELECT id, sku FROM inventory ORDER BY id LIMIT " + size + " OFFSET " + (page * size);
        return jdbcTemplate.queryForList(sql);
    }

    @GetMapping("/inventory/low")
    List<Map<String, Object>> low(int threshold) {
        return jdbcTemplate.queryForList("SELECT id, sku FROM inventory WHERE quantity < " + threshold);
    }

    @PostMapping("/inventory/{id}/restock")
    int restock(@PathVariable("id") long id, @RequestParam int amount) {
        return jdbcTemplate.update("UPDATE inventory SET quantity = quantity + " + amount + " WHERE id = " + id);
    }
}
