package stars.case55;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class MonthlyReportDao {

    private final JdbcTemplate jdbcTemplate;

    public MonthlyReportDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> revenueRows(int year, int month) {
        String sql = /* star */ """
                -- monthly revenue, consumed by the finance export
                SELECT *
                  FROM revenue_by_day
                 WHERE EXTRACT(YEAR FROM day) = ?
                   AND EXTRACT(MONTH FROM day) = ?
                """;
        return jdbcTemplate.queryForList(sql, year, month);
    }
}
