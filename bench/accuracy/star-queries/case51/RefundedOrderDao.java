package stars.case51;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class RefundedOrderDao {

    private final JdbcTemplate jdbcTemplate;

    public RefundedOrderDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> refundedOrders(long customerId) {
        return jdbcTemplate.queryForList(
                "SELECT * FROM orders o WHERE o.customer_id = ? " // star
                        + "AND EXISTS (SELECT 1 FROM refunds r WHERE r.order_id = o.id)",
                customerId);
    }
}
