package eval2.case17;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Support-desk ticket search kept for the old help-desk UI, which sends a hand-built query string
 * such as {@code ?assignee=j.doe&open}. Registered programmatically by SupportWebInitializer.
 */
public class LegacyTicketSearchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(LegacyTicketSearchServlet.class);

    private final transient JdbcTemplate jdbcTemplate;

    public LegacyTicketSearchServlet(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String qs = req.getQueryString();
        if (qs == null) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "missing query");
            return;
        }

        String assignee = valueOf(qs, "assignee");
        boolean openOnly = qs.contains("open");

        String sql = "SELECT t.id, t.subject, t.priority, t.updated_at FROM support_tickets t WHERE 1 = 1";
        if (assignee != null) {
            sql = sql + " AND t.assignee_login = '" + assignee + "'";
        }
        if (openOnly) {
            sql = sql + " AND t.closed_at IS NULL";
        }

        log.info("legacy ticket search: {}", qs);
        List<Map<String, Object>> tickets = jdbcTemplate.queryForList(sql + " ORDER BY t.updated_at DESC"); // sink

        resp.setContentType("text/plain");
        for (Map<String, Object> t : tickets) {
            resp.getWriter().println(t.get("id") + " [" + t.get("priority") + "] " + t.get("subject"));
        }
    }

    /** Extracts a single value from a raw query string without the servlet parameter parsing. */
    private static String valueOf(String queryString, String key) {
        String marker = key + "=";
        int start = queryString.indexOf(marker);
        if (start < 0) {
            return null;
        }
        start += marker.length();
        int end = queryString.indexOf('&', start);
        String raw = end < 0 ? queryString.substring(start) : queryString.substring(start, end);
        return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }
}
