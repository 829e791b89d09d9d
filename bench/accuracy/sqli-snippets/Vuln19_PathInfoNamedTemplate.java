package eval.c19;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

public class Vuln19_PathInfoNamedTemplate extends HttpServlet {

    private final NamedParameterJdbcTemplate named;

    public Vuln19_PathInfoNamedTemplate(DataSource dataSource) {
        this.named = new NamedParameterJdbcTemplate(dataSource);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String pathInfo = request.getPathInfo(); // e.g. "/summer-sale"
        String slug = pathInfo == null ? "" : pathInfo.substring(1);
        String sql = "SELECT id, title FROM campaigns WHERE slug = '" + slug + "' AND active = :active";
        MapSqlParameterSource params = new MapSqlParameterSource("active", Boolean.TRUE);
        List<Map<String, Object>> rows = named.queryForList(sql, params); // sink
        response.getWriter().println(rows);
    }
}
