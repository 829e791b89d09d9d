// Request data kept in a field of this object within the method, and captured by a lambda that builds its SQL in a local of its own.
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.JdbcTemplate;

class UserSearchHandler {

    private final JdbcTemplate jdbcTemplate;
    private String filter;

    UserSearchHandler(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<?> byName(HttpServletRequest request) {
        this.filter = "name = '" + request.getParameter("name") + "'";
        return jdbcTemplate.queryForList("SELECT id FROM users WHERE " + filter);  // expect: sql-injection "`getParameter(..)`"
    }

    void touchAll(HttpServletRequest request, List<String> tables) {
        String stamp = request.getHeader("X-Stamp");
        tables.forEach(table -> {
            String sql = "UPDATE " + table + " SET stamp = '" + stamp + "'";
            jdbcTemplate.update(sql);  // expect: sql-injection "`getHeader(..)`"
        });
    }
}
