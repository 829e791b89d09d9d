// Request data written into SQL run through JdbcTemplate fields declared in classes of another fixture file: a static field, a helper's field and an inherited protected field.
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OrderExportController {

    private final OrderRepositorySupport support;

    OrderExportController(OrderRepositorySupport support) {
        this.support = support;
    }

    @GetMapping("/exports/orders")
    List<Map<String, Object>> byStatus(@RequestParam String status) {
        String sql = "SELECT id, total_cents FROM orders WHERE status = '" + status + "'";
        return OrderRepositorySupport.JDBC.queryForList(sql);  // expect: sql-injection "parameter `status`"
    }

    @PostMapping("/exports/orders/{id}/note")
    int annotate(@PathVariable String id, @RequestParam String note) {
        String sql = "UPDATE orders SET export_note = '" + note + "' WHERE id = " + id;
        return support.jdbc.update(sql);  // expect: sql-injection "parameter `note`"
    }

    @GetMapping("/exports/orders/count")
    Long count(@RequestParam String region) {
        OrderRepositorySupport helper = support;
        return helper.jdbc.queryForObject("SELECT COUNT(*) FROM orders WHERE region = '" + region + "'", Long.class);  // expect: sql-injection "parameter `region`"
    }
}

@RestController
class CustomerLookupController extends BaseCustomerDao {

    @GetMapping("/customers/lookup")
    List<Map<String, Object>> byName(@RequestParam String name) {
        return jdbcTemplate.queryForList("SELECT id, name, email FROM customers WHERE name = '" + name + "'");  // expect: sql-injection "parameter `name`"
    }

    @PostMapping("/customers/{email}/deactivate")
    int deactivate(@PathVariable String email) {
        return this.jdbcTemplate.update("UPDATE customers SET active = FALSE WHERE email = '" + email + "'");  // expect: sql-injection "parameter `email`"
    }
}
