package stars.case14;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class PaymentDao {

    private final JdbcTemplate jdbcTemplate;

    public PaymentDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> paymentsOf(long orderId) {
        return jdbcTemplate.queryForList(PaymentQueries.BY_ORDER, orderId);
    }

    public void refund(long paymentId) {
        jdbcTemplate.update(PaymentQueries.REFUND, paymentId);
    }
}
