// Headers, the query string, the path info and the request URI of a servlet request written into JdbcTemplate SQL.
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

class TenantReportServlet extends HttpServlet {

    private final JdbcTemplate jdbcTemplate;

    TenantReportServlet(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String tenant = request.getHeader("X-Tenant");
        List<Map<String, Object>> rows = jdbcTemplate.queryForList("SELECT id, name, amount_cents FROM report_" + tenant + ".daily_totals");  // expect: sql-injection "`getHeader(..)`"
        response.getWriter().println(rows.size());
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String slug = request.getPathInfo();
        int updated = jdbcTemplate.update("UPDATE pages SET views = views + 1 WHERE slug = '" + slug + "'");  // expect: sql-injection "`getPathInfo(..)`"
        response.setStatus(updated == 1 ? 204 : 404);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String filter = request.getQueryString();
        String uri = request.getRequestURI();
        List<Map<String, Object>> matches = jdbcTemplate.queryForList("SELECT id FROM saved_searches WHERE " + filter);  // expect: sql-injection "`getQueryString(..)`"
        jdbcTemplate.update("INSERT INTO access_log (path, at) VALUES ('" + uri + "', CURRENT_TIMESTAMP)");  // expect: sql-injection "`getRequestURI(..)`"
        response.getWriter().println(matches.size());
    }
}
