package concat.case25;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

public class RevenueReportDao {
    private static final RowMapper<Row> MAPPER = (rs, i) -> new Row(rs.getString("period"), rs.getLong("revenue_cents"));

    private final JdbcTemplate jdbcTemplate;

    public RevenueReportDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Row> load(String requestedView) {
        String view = requestedView;
        if ("monthly".equalsIgnoreCase(view)) {
            view = "report_revenue_monthly_v";
        } else {
            view = "report_revenue_daily_v";
        }
        return jdbcTemplate.query("SELECT period, revenue_cents FROM " + view + " ORDER BY period", MAPPER); // sink
    }

    public record Row(String period, long revenueCents) {
    }
}
