package concat.case01;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class OrderRepository {
    private static final RowMapper<Order> ORDER_MAPPER = (rs, rowNum) -> new Order(
            rs.getLong("id"), rs.getLong("customer_id"), rs.getLong("total_cents"), rs.getString("status"));

    private final JdbcTemplate jdbcTemplate;

    public OrderRepository(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Order> findByCustomer(long customerId) {
        String sql = OrderQueries.SELECT_COLUMNS + OrderQueries.FROM_ORDERS + OrderQueries.BY_CUSTOMER
                + " ORDER BY created_at DESC";
        return jdbcTemplate.query(sql, ORDER_MAPPER, customerId); // sink
    }

    public int countOpen() {
        Integer n = jdbcTemplate.queryForObject("SELECT count(*) FROM sales.orders WHERE status = 'OPEN'", Integer.class);
        return n == null ? 0 : n;
    }

    public record Order(long id, long customerId, long totalCents, String status) {
    }
}
