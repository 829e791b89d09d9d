package stars.case02;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class OrderStatsDao {

    private final JdbcTemplate jdbcTemplate;

    public OrderStatsDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public long openOrders(long customerId) {
        Long n = jdbcTemplate.queryForObject(
                "SELECT COUNT(*) FROM orders WHERE customer_id = ? AND status = 'OPEN'",
                Long.class, customerId);
        return n == null ? 0 : n;
    }
}
