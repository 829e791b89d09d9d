// Request data only logged, used as a map key, or passed to execute/query methods of types that do not run SQL.
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import org.springframework.jdbc.core.JdbcTemplate;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

class ReportCache {

    private final Map<String, String> entries = new HashMap<>();

    String execute(String key) {
        return entries.getOrDefault(key, "");
    }

    List<String> query(String prefix) {
        return entries.keySet().stream().filter(k -> k.startsWith(prefix)).toList();
    }
}

class ReportServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ReportServlet.class.getName());

    private final JdbcTemplate jdbcTemplate;
    private final ReportCache cache = new ReportCache();
    private final Map<String, String> titles = new HashMap<>();

    ReportServlet(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        LOG.info("report requested: id " + id + " by " + request.getHeader("X-User"));
        String title = titles.get(id);
        String cached = cache.execute(id);
        List<Map<String, Object>> rows = jdbcTemplate.queryForList("SELECT id, title FROM reports WHERE published = true");
        response.getWriter().println(title + cached + rows.size());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String prefix = request.getQueryString();
        List<String> keys = cache.query("SELECT " + prefix);
        LOG.warning("SELECT id FROM reports WHERE title = '" + request.getParameter("title") + "'");
        response.getWriter().println(keys.size());
    }
}
