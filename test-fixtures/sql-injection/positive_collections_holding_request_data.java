// Request data stored in a map under a constant key or in a list, then read back by that key or index.
import jakarta.servlet.http.HttpServletRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class FilterEndpoint {

    private final JdbcTemplate jdbcTemplate;

    FilterEndpoint(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> byMap(HttpServletRequest request) {
        Map<String, Object> filters = new HashMap<>();
        filters.put("status", "OPEN");
        filters.put("owner", request.getParameter("owner"));
        String owner = (String) filters.get("owner");
        return jdbcTemplate.queryForList("SELECT id FROM tickets WHERE owner = '" + owner + "'");  // expect: sql-injection "`getParameter(..)`"
    }

    List<Map<String, Object>> byList(HttpServletRequest request) {
        List<String> values = new ArrayList<>();
        values.add("safe");
        values.add(request.getParameter("tag"));
        values.add("moresafe");
        values.remove(0);
        String tag = values.get(0);
        return jdbcTemplate.queryForList("SELECT id FROM posts WHERE tag = '" + tag + "'");  // expect: sql-injection "`getParameter(..)`"
    }
}
