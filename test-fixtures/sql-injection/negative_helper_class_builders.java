// A SQL builder class used by other fixture files, called here only with constants and numbers: nothing from the request reaches SQL.
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OrderDashboardController {

    private final JdbcTemplate jdbcTemplate;
    private final OrderSqlBuilder builder = new OrderSqlBuilder();

    OrderDashboardController(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/dashboard/orders/house-account")
    List<Map<String, Object>> houseAccount() {
        return jdbcTemplate.queryForList(OrderSqlBuilder.byCustomer("House Account"));
    }

    @GetMapping("/dashboard/orders/newest")
    List<Map<String, Object>> newest() {
        String sql = builder.orderBy("SELECT id, total_cents FROM orders", "placed_at DESC");
        return jdbcTemplate.queryForList(sql);
    }

    @GetMapping("/dashboard/orders/by-status")
    List<Map<String, Object>> byStatus(@RequestParam int statusCode) {
        OrderSqlBuilder local = new OrderSqlBuilder();
        return jdbcTemplate.queryForList(local.byStatus(Integer.toString(statusCode)));
    }

    @GetMapping("/dashboard/orders/recent")
    List<Map<String, Object>> recent(@RequestParam(defaultValue = "7") int days) {
        String base = OrderSqlBuilder.placedWithin(days);
        return jdbcTemplate.queryForList(builder.orderBy(base, "id"));
    }
}

final class OrderSqlBuilder {

    static String byCustomer(String name) {
        return "SELECT id, total_cents FROM orders WHERE customer_name = '" + name + "'";
    }

    static String placedWithin(int days) {
        return "SELECT id, total_cents FROM orders WHERE placed_at > CURRENT_DATE - " + days;
    }

    String orderBy(String base, String column) {
        return base + " ORDER BY " + column;
    }

    String byStatus(String status) {
        String wanted = status.trim();
        StringBuilder sql = new StringBuilder("SELECT id, total_cents FROM orders WHERE status = '");
        sql.append(wanted).append("'");
        return sql.toString();
    }
}
