// Request data kept out of the SQL by conditions and switches that fold to constants: arithmetic, charAt, fall-through.
import jakarta.servlet.http.HttpServletRequest;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class LegacyReportEndpoint {

    private final JdbcTemplate jdbcTemplate;

    LegacyReportEndpoint(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> byArithmetic(HttpServletRequest request) {
        String param = request.getParameter("region");
        int num = 106;
        String region = (7 * 18) + num > 200 ? "EMEA" : param;
        return jdbcTemplate.queryForList("SELECT id FROM accounts WHERE region = '" + region + "'");
    }

    List<Map<String, Object>> byCharAt(HttpServletRequest request) {
        String param = request.getParameter("team");
        String team = "fixed";
        String guard = "ABC";
        char switchTarget = guard.charAt(1);
        switch (switchTarget) {
            case 'A':
                team = param;
                break;
            case 'B':
                team = "platform";
                break;
            case 'C':
            case 'D':
                team = param;
                break;
            default:
                team = "core";
                break;
        }
        return jdbcTemplate.queryForList("SELECT id FROM members WHERE team = '" + team + "'");
    }

    List<Map<String, Object>> byComparison(HttpServletRequest request) {
        String sort = "created_at";
        int threshold = 5;
        if (threshold * 2 < 3) {
            sort = request.getParameter("sort");
        }
        return jdbcTemplate.queryForList("SELECT id FROM orders ORDER BY " + sort);
    }
}
