package streq.case46;

import org.springframework.stereotype.Component;

@Component
public class ReportQueryGuard {

    private static final String ALLOWED_QUERY = """
            SELECT region, SUM(amount) AS total
            FROM sales
            WHERE sold_at >= ?
            GROUP BY region
            """;

    public String validate(String sql) {
        if (sql == null) {
            throw new IllegalArgumentException("query required");
        }
        if (!sql.strip().equals(ALLOWED_QUERY.strip())) {
            throw new IllegalArgumentException("query not allowed");
        }
        return sql;
    }
}
