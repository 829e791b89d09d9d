package stars.case33;

import java.math.BigDecimal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class RevenueService {

    private final JdbcTemplate jdbcTemplate;

    public RevenueService(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public BigDecimal grossRevenue(long storeId) {
        return jdbcTemplate.queryForObject(
                "SELECT SUM(unit_price"
                        + " * quantity"
                        + " * (1 - discount)) AS gross FROM sales WHERE store_id = ?",
                BigDecimal.class, storeId);
    }
}
