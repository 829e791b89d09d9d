package eval2.case34;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/analytics/orders")
public class OrderVolumeController {

    private static final Logger log = LoggerFactory.getLogger(OrderVolumeController.class);

    private final NamedParameterJdbcTemplate jdbc;

    public OrderVolumeController(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/volume")
    public List<VolumeBucket> volume(@RequestParam(defaultValue = "week") String groupBy,
                                     @RequestParam(defaultValue = "90") int days) {
        final int reportApiLevel = 2;
        String bucket;
        switch (reportApiLevel) {
            case 1:
                // v1 clients sent the grouping expression verbatim
                bucket = groupBy;
                break;
            case 2:
            case 3:
                bucket = "month".equals(groupBy)
                        ? "date_trunc('month', o.placed_at)"
                        : "date_trunc('week', o.placed_at)";
                break;
            default:
                bucket = "date_trunc('day', o.placed_at)";
        }

        String sql = "SELECT CAST(" + bucket + " AS date) AS bucket, COUNT(*) AS orders, SUM(o.total) AS revenue "
                + "FROM orders o WHERE o.placed_at >= :since GROUP BY 1 ORDER BY 1";
        MapSqlParameterSource params = new MapSqlParameterSource("since", LocalDate.now().minusDays(days));

        log.debug("order volume groupBy={} days={}", groupBy, days);
        return jdbc.query(sql, params, (rs, i) -> new VolumeBucket(rs.getObject("bucket", LocalDate.class), rs.getLong("orders"), rs.getBigDecimal("revenue"))); // sink
    }

    public record VolumeBucket(LocalDate bucket, long orders, BigDecimal revenue) {
    }
}
