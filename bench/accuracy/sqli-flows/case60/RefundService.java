package eval5.case60;

import java.math.BigDecimal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class RefundService {

    private static final Logger log = LoggerFactory.getLogger(RefundService.class);

    private static final String INSERT_REFUND =
            "INSERT INTO refunds (order_id, amount, reason, notify_customer, status) VALUES (?, ?, ?, ?, 'OPEN')";

    private final JdbcTemplate jdbcTemplate;

    public RefundService(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @Transactional
    public long open(RefundRequest request) {
        String totalSql = "SELECT o.total_amount FROM orders o WHERE o.id = " + request.getOrderId() + " AND o.status = 'PAID'";
        BigDecimal amount = jdbcTemplate.queryForObject(totalSql, BigDecimal.class); // sink

        KeyHolder keys = new GeneratedKeyHolder();
        jdbcTemplate.update(con -> {
            var ps = con.prepareStatement(INSERT_REFUND, new String[] {"id"});
            ps.setLong(1, request.getOrderId());
            ps.setBigDecimal(2, amount);
            ps.setString(3, request.getReason().strip());
            ps.setBoolean(4, request.isNotifyCustomer());
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        log.info("refund {} opened for order {} ({})", id, request.getOrderId(), amount);
        return id;
    }
}
