// Servlet request data passed through methods of inner and static nested classes (some calling back into the outer class) into JDBC Statement SQL.
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

class ClaimSearchServlet extends HttpServlet {

    private final DataSource dataSource;

    ClaimSearchServlet(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String param = request.getParameter("claimant");
        String bar = new Helper().doSomething(param);
        String sql = "SELECT id, amount_cents FROM claims WHERE claimant = '" + bar + "'";
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.createStatement().executeQuery(sql)) {  // expect: sql-injection "`getParameter(..)`"
            while (rs.next()) {
                response.getWriter().println(rs.getLong("id"));
            }
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String sql = "SELECT id FROM claims" + new ClauseBuilder().statusClause(request.getHeader("X-Status"));
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            boolean hasRows = statement.execute(sql);  // expect: sql-injection "`getHeader(..)`"
            response.setStatus(hasRows ? 200 : 204);
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String note = new NoteWriter().noteValue(request.getParameter("note"));
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            int updated = statement.executeUpdate("UPDATE claims SET note = " + note + " WHERE reviewed = FALSE");  // expect: sql-injection "`getParameter(..)`"
            response.setStatus(updated > 0 ? 204 : 404);
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String sql = ClauseBuilder.deleteForAdjuster(request.getParameter("adjuster"));
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.addBatch(sql);  // expect: sql-injection "`getParameter(..)`"
            statement.executeBatch();
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }

    private static String normalize(String value) {
        return value.trim().toUpperCase();
    }

    private String quoted(String value) {
        return "'" + value + "'";
    }

    private class Helper {
        String doSomething(String p) {
            String bar = p;
            return bar;
        }
    }

    private class NoteWriter {
        String noteValue(String text) {
            return quoted(text);
        }
    }

    private static class ClauseBuilder {
        String statusClause(String status) {
            return " WHERE status = '" + normalize(status) + "'";
        }

        static String deleteForAdjuster(String adjuster) {
            return "DELETE FROM claim_drafts WHERE adjuster = '" + normalize(adjuster) + "'";
        }
    }
}
