package stars.case52;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class VipCustomerDao {

    private final JdbcTemplate jdbcTemplate;

    public VipCustomerDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> vips(BigDecimal minSpend) {
        return jdbcTemplate.queryForList(
                "SELECT * FROM customers WHERE id IN (SELECT customer_id FROM orders GROUP BY customer_id HAVING SUM(total) > ?)", // star
                minSpend);
    }
}
