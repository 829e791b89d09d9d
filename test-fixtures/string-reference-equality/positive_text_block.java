// A JDBC health checker that compares Strings against text-block constants and locals with ==.
import org.springframework.stereotype.Component;

@Component
public class DatabaseHealthProbe {

    private static final String HEALTH_QUERY = """
            SELECT 1
            FROM dual
            """;

    public boolean isHealthQuery(String sql) {
        return sql == HEALTH_QUERY; // expect: string-reference-equality "`sql`"
    }

    public boolean isDownResponse(String body) {
        String expectedBody = """
                {"status":"UP"}
                """;
        return body != expectedBody; // expect: string-reference-equality "`body`"
    }

    public boolean isBlankQuery(String sql) {
        return sql == null || sql.isBlank();
    }
}
