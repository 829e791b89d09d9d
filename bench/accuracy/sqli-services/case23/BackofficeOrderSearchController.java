package eval2.case23;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/backoffice/orders")
public class BackofficeOrderSearchController {

    private static final Logger log = LoggerFactory.getLogger(BackofficeOrderSearchController.class);

    private static final RowMapper<OrderRow> ORDER_ROW = new RowMapper<>() {
        @Override
        public OrderRow mapRow(ResultSet rs, int rowNum) throws SQLException {
            return new OrderRow(rs.getString("order_number"), rs.getString("customer_email"),
                    rs.getString("status"), rs.getBigDecimal("total"), rs.getTimestamp("placed_at").toInstant());
        }
    };

    private final JdbcTemplate jdbcTemplate;

    public BackofficeOrderSearchController(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/search")
    public List<OrderRow> search(@RequestParam(required = false) String email,
                                 @RequestParam(required = false) String status,
                                 @RequestParam(required = false) String orderNumberPrefix,
                                 @RequestParam(required = false) String minTotal) {
        StringBuilder sql = new StringBuilder(
                "SELECT o.order_number, c.email AS customer_email, o.status, o.total, o.placed_at "
                + "FROM orders o JOIN customers c ON c.id = o.customer_id WHERE 1=1");
        List<Object> args = new ArrayList<>();

        if (email != null && !email.isBlank()) {
            sql.append(" AND lower(c.email) = lower(?)");
            args.add(email.trim());
        }
        if (status != null && !status.isBlank()) {
            sql.append(" AND o.status = ?");
            args.add(status);
        }
        if (orderNumberPrefix != null && !orderNumberPrefix.isBlank()) {
            sql.append(" AND o.order_number LIKE ?");
            args.add(orderNumberPrefix.replace("%", "\\%") + "%");
        }
        if (minTotal != null) {
            try {
                args.add(new BigDecimal(minTotal));
                sql.append(" AND o.total >= ?");
            } catch (NumberFormatException e) {
                log.info("ignoring non-numeric minTotal '{}'", minTotal);
            }
        }
        sql.append(" ORDER BY o.placed_at DESC LIMIT 100");

        log.debug("order search with {} filter(s)", args.size());
        return jdbcTemplate.query(sql.toString(), ORDER_ROW, args.toArray()); // sink
    }

    public record OrderRow(String orderNumber, String customerEmail, String status, BigDecimal total, Instant placedAt) {
    }
}
