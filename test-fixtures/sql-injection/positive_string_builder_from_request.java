// A StringBuilder that appends request parameters and headers, then runs as SQL through Statement and JdbcTemplate.
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

class AuditExportServlet extends HttpServlet {

    private final DataSource dataSource;
    private final JdbcTemplate jdbcTemplate;

    AuditExportServlet(DataSource dataSource, JdbcTemplate jdbcTemplate) {
        this.dataSource = dataSource;
        this.jdbcTemplate = jdbcTemplate;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        StringBuilder sql = new StringBuilder("SELECT id, actor, action FROM audit_events WHERE 1 = 1");
        String actor = request.getParameter("actor");
        if (actor != null) {
            sql.append(" AND actor = '").append(actor).append("'");
        }
        sql.append(" ORDER BY happened_at DESC");
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql.toString());  // expect: sql-injection "`getParameter(..)`"
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StringBuilder sql = new StringBuilder();
        sql.append("DELETE FROM audit_events WHERE tenant = '");
        sql.append(request.getHeader("X-Tenant"));
        sql.append("' AND happened_at < CURRENT_DATE - 90");
        int deleted = jdbcTemplate.update(sql.toString());  // expect: sql-injection "`getHeader(..)`"
        response.getWriter().println(deleted);
    }
}
