package stars.case49;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class OrderCustomerDao {

    private final JdbcTemplate jdbcTemplate;

    public OrderCustomerDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> ordersWithEmail(String status) {
        return jdbcTemplate.queryForList(
                "SELECT o.id, o.total, c.email FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.status = ?",
                status);
    }
}
