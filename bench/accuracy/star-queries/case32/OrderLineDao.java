package stars.case32;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class OrderLineDao {

    private final JdbcTemplate jdbcTemplate;

    public OrderLineDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> lineTotals(long orderId) {
        return jdbcTemplate.queryForList(
                "SELECT price * qty AS total FROM order_lines WHERE order_id = ?", orderId);
    }
}
