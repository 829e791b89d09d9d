// Request data stored in a collection, but the SQL reads a different constant key or index that holds a constant.
import jakarta.servlet.http.HttpServletRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class SafeFilterEndpoint {

    private final JdbcTemplate jdbcTemplate;

    SafeFilterEndpoint(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> byMap(HttpServletRequest request) {
        Map<String, Object> filters = new HashMap<>();
        filters.put("keyA", "a_Value");
        filters.put("keyB", request.getParameter("owner"));
        String status = (String) filters.get("keyA");
        return jdbcTemplate.queryForList("SELECT id FROM tickets WHERE status = '" + status + "'");
    }

    List<Map<String, Object>> byList(HttpServletRequest request) {
        List<String> values = new ArrayList<>();
        values.add("safe");
        values.add(request.getParameter("tag"));
        values.add("moresafe");
        values.remove(0);
        String tag = values.get(1);
        return jdbcTemplate.queryForList("SELECT id FROM posts WHERE tag = '" + tag + "'");
    }
}
