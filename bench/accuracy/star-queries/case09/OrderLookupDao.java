package stars.case09;

import java.util.List;
import org.springframework.jdbc.core.BeanPropertyRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class OrderLookupDao {

    private final JdbcTemplate jdbcTemplate;

    public OrderLookupDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<OrderRow> ordersOfCustomer(String email) {
        return jdbcTemplate.query(
                "SELECT o.* FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.email = ?", // star
                new BeanPropertyRowMapper<>(OrderRow.class), email);
    }

    public static class OrderRow {
        private long id;
        private String status;
        public long getId() { return id; }
        public void setId(long id) { this.id = id; }
        public String getStatus() { return status; }
        public void setStatus(String status) { this.status = status; }
    }
}
