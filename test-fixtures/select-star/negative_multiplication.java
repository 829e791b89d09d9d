// A * that multiplies inside the select list (price * quantity, SUM(a*b), 2 * 3) is not a select-all item.
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class OrderLineTotalsDao {

    private final JdbcTemplate jdbcTemplate;

    OrderLineTotalsDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> lineTotals(long orderId) {
        return jdbcTemplate.queryForList(
                "SELECT price * quantity AS total FROM order_lines WHERE order_id = ?", orderId);
    }

    Long orderTotal(long orderId) {
        return jdbcTemplate.queryForObject(
                "SELECT SUM(ol.price*ol.quantity) FROM order_lines ol WHERE ol.order_id = ?", Long.class, orderId);
    }

    List<Map<String, Object>> withVat() {
        return jdbcTemplate.queryForList("""
                SELECT id,
                       amount *
                       1.2 AS gross
                FROM invoices
                """);
    }

    Integer connectionCheck() {
        return jdbcTemplate.queryForObject("SELECT 2 * 3", Integer.class);
    }
}
