package stars.case15;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class OrderStatusDao {

    private final JdbcTemplate jdbcTemplate;

    public OrderStatusDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> statuses(long customerId) {
        return jdbcTemplate.queryForList(
                "-- SELECT * FROM orders was replaced by an explicit list\n"
                        + "SELECT id, status, updated_at FROM orders WHERE customer_id = ?",
                customerId);
    }
}
