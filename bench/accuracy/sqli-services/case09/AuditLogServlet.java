package eval2.case09;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@WebServlet("/admin/audit-log")
public class AuditLogServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(AuditLogServlet.class);
    private static final int DEFAULT_PAGE_SIZE = 50;
    private static final int MAX_PAGE_SIZE = 200;

    @Resource(name = "jdbc/audit")
    private DataSource auditDs;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        int page;
        int size;
        try {
            page = parseOrDefault(req.getParameter("page"), 0);
            size = parseOrDefault(req.getParameter("size"), DEFAULT_PAGE_SIZE);
        } catch (NumberFormatException e) {
            log.warn("invalid paging parameters: page={} size={}", req.getParameter("page"), req.getParameter("size"));
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "page and size must be integers");
            return;
        }
        size = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
        int offset = Math.max(page, 0) * size;

        String sql = "SELECT occurred_at, actor, action, target FROM audit_events "
                + "ORDER BY occurred_at DESC LIMIT " + size + " OFFSET " + offset;

        resp.setContentType("text/plain;charset=UTF-8");
        try (Connection c = auditDs.getConnection();
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) { // sink
            PrintWriter w = resp.getWriter();
            while (rs.next()) {
                w.println(rs.getTimestamp(1) + "\t" + rs.getString(2) + "\t" + rs.getString(3) + "\t" + rs.getString(4));
            }
        } catch (SQLException e) {
            log.error("audit log query failed", e);
            resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    private static int parseOrDefault(String raw, int fallback) {
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        return Integer.parseInt(raw.trim());
    }
}
