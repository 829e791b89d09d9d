package eval2.case01;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/orders")
public class OrderQueryController {

    private static final Logger log = LoggerFactory.getLogger(OrderQueryController.class);

    private static final String BASE_QUERY =
            "SELECT o.id, o.customer_id, o.status, o.total_amount, o.created_at "
            + "FROM orders o WHERE o.status = ?";

    private final JdbcTemplate jdbcTemplate;

    public OrderQueryController(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping
    public ResponseEntity<List<OrderSummary>> listOrders(
            @RequestParam(name = "status", defaultValue = "OPEN") String status,
            @RequestParam(name = "sort", defaultValue = "created") String sort,
            @RequestParam(name = "direction", defaultValue = "desc") String direction) {

        if (status.length() > 32) {
            log.warn("Rejecting oversized status filter ({} chars)", status.length());
            return ResponseEntity.badRequest().build();
        }

        String orderBy = " ORDER BY " + sortColumn(sort) + " " + sortDirection(direction);
        log.debug("Listing orders status={} sort={} direction={}", status, sort, direction);

        List<OrderSummary> rows = jdbcTemplate.query(BASE_QUERY + orderBy, OrderQueryController::mapRow, status); // sink
        return ResponseEntity.ok(rows);
    }

    /** Maps the public sort key onto a physical column; unknown keys fall back to the creation date. */
    private static String sortColumn(String requested) {
        if (requested == null) {
            return "o.created_at";
        }
        switch (requested.toLowerCase()) {
            case "total":
                return "o.total_amount";
            case "customer":
                return "o.customer_id";
            case "status":
                return "o.status";
            case "created":
            default:
                return "o.created_at";
        }
    }

    private static String sortDirection(String requested) {
        return "asc".equalsIgnoreCase(requested) ? "ASC" : "DESC";
    }

    private static OrderSummary mapRow(ResultSet rs, int rowNum) throws SQLException {
        return new OrderSummary(
                rs.getLong("id"),
                rs.getLong("customer_id"),
                rs.getString("status"),
                rs.getBigDecimal("total_amount"),
                rs.getTimestamp("created_at").toInstant());
    }

    public record OrderSummary(long id, long customerId, String status, BigDecimal total, Instant createdAt) {
    }
}
