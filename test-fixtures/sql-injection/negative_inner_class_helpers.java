// Servlet request data passed through inner and static nested classes that return constants, parse numbers or ignore their argument before JDBC Statement SQL.
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

class ClaimReportServlet extends HttpServlet {

    private final DataSource dataSource;

    ClaimReportServlet(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String param = request.getParameter("state");
        String bar = new LookupHelper().doSomething(param);
        String sql = "SELECT id, amount_cents FROM claims WHERE state = '" + bar + "'";
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                response.getWriter().println(rs.getLong("id"));
            }
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String sql = "SELECT id FROM claims" + new CodeClauses().statusClause(request.getHeader("X-Status-Code"));
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            boolean hasRows = statement.execute(sql);
            response.setStatus(hasRows ? 200 : 204);
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String note = new ReviewMarker().noteValue(request.getParameter("note"));
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            int updated = statement.executeUpdate("UPDATE claims SET note = " + note + " WHERE reviewed = FALSE");
            response.setStatus(updated > 0 ? 204 : 404);
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String sql = CodeClauses.deleteForAdjuster(request.getParameter("adjuster"));
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.addBatch(sql);
            statement.executeBatch();
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }

    private static int code(String value) {
        return Integer.parseInt(value.trim());
    }

    private String reviewedMarker(String value) {
        return value.isBlank() ? "NULL" : "'reviewed'";
    }

    private class LookupHelper {
        String doSomething(String p) {
            String bar = "open";
            return bar;
        }
    }

    private class ReviewMarker {
        String noteValue(String text) {
            return reviewedMarker(text);
        }
    }

    private static class CodeClauses {
        String statusClause(String status) {
            return " WHERE status_code = " + code(status);
        }

        static String deleteForAdjuster(String adjuster) {
            int adjusterId = Integer.parseInt(adjuster);
            return "DELETE FROM claim_drafts WHERE adjuster_id = " + adjusterId;
        }
    }
}
