package streq.case36;

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
        if (sql != ALLOWED_QUERY) {
            throw new IllegalArgumentException("query not allowed");
        }
        return sql;
    }
}
