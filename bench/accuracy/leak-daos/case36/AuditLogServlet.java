package leak.case36;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

public class AuditLogServlet extends HttpServlet {

    private static final String INSERT_AUDIT =
            "INSERT INTO audit_log (actor, action, created_at) VALUES (?, ?, ?)";

    private DataSource dataSource;

    @Override
    public void init() throws ServletException {
        dataSource = (DataSource) getServletContext().getAttribute("appDataSource");
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String action = req.getParameter("action");
        String actor = req.getRemoteUser();
        try (Connection conn = dataSource.getConnection()) {
            PreparedStatement ps = conn.prepareStatement(INSERT_AUDIT); // leak
            ps.setString(1, actor);
            ps.setString(2, action);
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
            ps.executeUpdate();
            ps.close();
        } catch (SQLException e) {
            throw new ServletException("Could not write audit entry", e);
        }
        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
