// Request data passed to static and instance methods of a SQL builder class declared in another fixture file (OrderSqlBuilder).
import jakarta.servlet.http.HttpServletRequest;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OrderSearchController {

    private final JdbcTemplate jdbcTemplate;
    private final OrderSqlBuilder builder = new OrderSqlBuilder();

    OrderSearchController(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/orders/by-customer")
    List<Map<String, Object>> byCustomer(HttpServletRequest request) {
        return jdbcTemplate.queryForList(OrderSqlBuilder.byCustomer(request.getParameter("c")));  // expect: sql-injection "`getParameter(..)`"
    }

    @GetMapping("/orders/sorted")
    List<Map<String, Object>> sorted(@RequestParam String sort) {
        String sql = builder.orderBy("SELECT id, total_cents FROM orders", sort);
        return jdbcTemplate.queryForList(sql);  // expect: sql-injection "parameter `sort`"
    }

    @GetMapping("/orders/sorted-by-header")
    List<Map<String, Object>> sortedByHeader(@RequestHeader("X-Sort") String sortHeader) {
        OrderSqlBuilder b = new OrderSqlBuilder();
        String sql = b.orderBy("SELECT id, placed_at FROM orders", sortHeader);
        return jdbcTemplate.queryForList(sql);  // expect: sql-injection "parameter `sortHeader`"
    }

    @GetMapping("/orders/status/{status}")
    List<Map<String, Object>> byStatus(@PathVariable String status) {
        return jdbcTemplate.queryForList(builder.byStatus(status));  // expect: sql-injection "parameter `status`"
    }

    @GetMapping("/orders/recent")
    List<Map<String, Object>> recent(@RequestParam int days, @RequestParam String column) {
        String sql = builder.orderBy(OrderSqlBuilder.placedWithin(days), column);
        return jdbcTemplate.queryForList(sql);  // expect: sql-injection "parameter `column`"
    }
}
