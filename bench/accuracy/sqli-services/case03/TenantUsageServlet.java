package eval2.case03;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Returns the metered API usage of the calling tenant for the current month.
 * Each tenant lives in its own schema; the gateway forwards the tenant in X-Tenant.
 */
public class TenantUsageServlet extends HttpServlet {

    private static final long serialVersionUID = 7L;
    private static final Logger log = LoggerFactory.getLogger(TenantUsageServlet.class);

    private DataSource dataSource;

    @Override
    public void init() throws ServletException {
        try {
            dataSource = (DataSource) new InitialContext().lookup("java:comp/env/jdbc/metering");
        } catch (NamingException e) {
            throw new ServletException("metering datasource unavailable", e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String tenant = req.getHeader("X-Tenant");
        if (tenant == null) {
            resp.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        String schema = "tenant_" + tenant.toLowerCase();
        LocalDate monthStart = LocalDate.now().withDayOfMonth(1);

        String sql = "SELECT endpoint, SUM(call_count) AS calls FROM " + schema + ".api_usage "
                + "WHERE usage_date >= ? GROUP BY endpoint ORDER BY calls DESC";

        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            try (PreparedStatement ps = connection.prepareStatement(sql)) { // sink
                ps.setDate(1, Date.valueOf(monthStart));
                try (ResultSet rs = ps.executeQuery()) {
                    StringBuilder json = new StringBuilder("[");
                    while (rs.next()) {
                        if (json.length() > 1) {
                            json.append(',');
                        }
                        json.append("{\"endpoint\":\"").append(rs.getString("endpoint"))
                            .append("\",\"calls\":").append(rs.getLong("calls")).append('}');
                    }
                    json.append(']');
                    resp.setContentType("application/json");
                    resp.getWriter().write(json.toString());
                }
            }
        } catch (SQLException e) {
            log.error("usage lookup failed for schema {}", schema, e);
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        } finally {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException e) {
                    log.warn("could not close connection", e);
                }
            }
        }
    }
}
