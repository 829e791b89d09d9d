// Loops that build SQL from constant lists and arrays, from request values parsed to numbers, or from cookies that only choose a constant; request lists used only as bind arguments.
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class ReportColumnsEndpoint {

    private static final String[] COLUMNS = {"id", "title", "owner_id", "created_at"};

    private final JdbcTemplate jdbcTemplate;

    ReportColumnsEndpoint(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> summary(HttpServletRequest request) {
        StringBuilder select = new StringBuilder("SELECT ");
        for (String column : List.of("id", "title", "status")) {
            select.append(column).append(", ");
        }
        select.setLength(select.length() - 2);
        return jdbcTemplate.queryForList(select + " FROM reports WHERE owner_id = ?", request.getParameter("owner"));
    }

    List<Map<String, Object>> full() {
        String sql = "SELECT ";
        for (String column : COLUMNS) {
            sql += column + ",";
        }
        sql = sql.substring(0, sql.length() - 1) + " FROM reports";
        return jdbcTemplate.queryForList(sql);
    }

    int archive(HttpServletRequest request) {
        StringBuilder ids = new StringBuilder();
        for (String raw : request.getParameterValues("id")) {
            long id = Long.parseLong(raw);
            if (ids.length() > 0) {
                ids.append(',');
            }
            ids.append(id);
        }
        return jdbcTemplate.update("UPDATE reports SET archived = TRUE WHERE id IN (" + ids + ")");
    }

    List<Map<String, Object>> byOwner(HttpServletRequest request) {
        List<String> requested = new ArrayList<>();
        requested.add(request.getParameter("owner"));
        List<String> columns = new ArrayList<>();
        columns.add("id");
        columns.add("status");
        String sql = "SELECT " + String.join(", ", columns) + " FROM reports WHERE owner_id = ?";
        return jdbcTemplate.queryForList(sql, requested.toArray());
    }

    List<Map<String, Object>> sortedByCookie(HttpServletRequest request) {
        String sort = "id";
        for (Cookie c : request.getCookies()) {
            if (c.getName().equals("sort") && c.getValue().equals("title")) {
                sort = "title";
            }
        }
        return jdbcTemplate.queryForList("SELECT id, title FROM reports ORDER BY " + sort);
    }
}
