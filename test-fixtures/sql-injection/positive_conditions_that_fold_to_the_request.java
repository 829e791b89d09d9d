// Conditions and switches that fold to constants but choose the request value: the taint is kept.
import jakarta.servlet.http.HttpServletRequest;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class LegacyLookupEndpoint {

    private final JdbcTemplate jdbcTemplate;

    LegacyLookupEndpoint(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> byArithmetic(HttpServletRequest request) {
        String param = request.getParameter("region");
        int num = 106;
        String region = (7 * 42) - num > 200 ? "EMEA" : param;
        return jdbcTemplate.queryForList("SELECT id FROM accounts WHERE region = '" + region + "'");  // expect: sql-injection "`getParameter(..)`"
    }

    List<Map<String, Object>> byFallThrough(HttpServletRequest request) {
        String param = request.getParameter("team");
        String team = "fixed";
        String guard = "ABC";
        switch (guard.charAt(2)) {
            case 'A':
                team = "core";
                break;
            case 'C':
            case 'D':
                team = param;
                break;
            default:
                team = "core";
                break;
        }
        return jdbcTemplate.queryForList("SELECT id FROM members WHERE team = '" + team + "'");  // expect: sql-injection "`getParameter(..)`"
    }
}
