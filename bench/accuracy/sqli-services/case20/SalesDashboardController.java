package eval2.case20;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/dashboard/sales")
public class SalesDashboardController {

    private static final Logger log = LoggerFactory.getLogger(SalesDashboardController.class);

    private final SalesReportStore store;

    public SalesDashboardController(SalesReportStore store) {
        this.store = store;
    }

    @GetMapping("/by-day")
    public List<DailyTotal> byDay(@RequestParam(required = false) String region,
                                  @RequestParam(defaultValue = "30") int days) {
        LocalDate to = LocalDate.now();
        LocalDate from = to.minusDays(Math.max(1, Math.min(days, 366)));

        String where = SalesSql.where(from, to, region);
        String sql = "SELECT sale_date, SUM(net_amount) AS total FROM sales_facts " + where
                + " GROUP BY sale_date ORDER BY sale_date";

        log.debug("sales by day region={} from={} to={}", region, from, to);
        return store.jdbc.query(sql, (rs, n) -> new DailyTotal(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2))); // sink
    }

    public record DailyTotal(LocalDate day, BigDecimal total) {
    }
}

/** Holds the reporting replica connection. */
@Component
class SalesReportStore {

    final JdbcTemplate jdbc;

    SalesReportStore(JdbcTemplate reportingJdbcTemplate) {
        this.jdbc = reportingJdbcTemplate;
    }
}

final class SalesSql {

    private SalesSql() {
    }

    static String where(LocalDate from, LocalDate to, String region) {
        StringBuilder sb = new StringBuilder("WHERE sale_date BETWEEN DATE '")
                .append(from).append("' AND DATE '").append(to).append('\'');
        if (region != null && !region.isEmpty()) {
            sb.append(" AND region_code = '").append(region).append('\'');
        }
        return sb.toString();
    }
}
