// Request data passed as bind parameters: `?` arguments of JdbcTemplate and `:name` values of NamedParameterJdbcTemplate.
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

class MemberLookupServlet extends HttpServlet {

    private static final RowMapper<String> NAME_MAPPER = (rs, rowNum) -> rs.getString("name");

    private final JdbcTemplate jdbcTemplate;
    private final NamedParameterJdbcTemplate namedJdbcTemplate;

    MemberLookupServlet(JdbcTemplate jdbcTemplate, NamedParameterJdbcTemplate namedJdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
        this.namedJdbcTemplate = namedJdbcTemplate;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        List<String> names = jdbcTemplate.query("SELECT name FROM members WHERE id = ?", NAME_MAPPER, id);
        String term = request.getParameter("q");
        List<Map<String, Object>> matches = jdbcTemplate.queryForList("SELECT id, name FROM members WHERE name LIKE ?", "%" + term + "%");
        response.getWriter().println(names.size() + matches.size());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("email", request.getParameter("email"))
                .addValue("tenant", request.getHeader("X-Tenant"));
        int updated = namedJdbcTemplate.update("UPDATE members SET verified = true WHERE email = :email AND tenant = :tenant", params);
        List<Map<String, Object>> same = namedJdbcTemplate.queryForList("SELECT id FROM members WHERE tenant = :tenant", Map.of("tenant", request.getHeader("X-Tenant")));
        response.getWriter().println(updated + same.size());
    }
}
