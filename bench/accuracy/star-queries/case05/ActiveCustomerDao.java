package stars.case05;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class ActiveCustomerDao {

    private final JdbcTemplate jdbcTemplate;

    public ActiveCustomerDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> customersWithOrders() {
        return jdbcTemplate.queryForList(
                "SELECT c.id, c.name, c.email FROM customers c "
                        + "WHERE EXISTS (SELECT * FROM orders o WHERE o.customer_id = c.id)");
    }
}
