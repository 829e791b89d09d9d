// Request data run as SQL by receivers whose type is inferred, not written: var resources from getConnection/createStatement, a var holding a JdbcTemplate from a scanned method, a var in a ConnectionCallback lambda, a call on a returned template.
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

class XfTemplateRegistry {

    private final JdbcTemplate primary;
    private final JdbcTemplate reporting;

    XfTemplateRegistry(JdbcTemplate primary, JdbcTemplate reporting) {
        this.primary = primary;
        this.reporting = reporting;
    }

    JdbcTemplate primary() {
        return primary;
    }

    JdbcTemplate reporting() {
        return reporting;
    }
}

class XfStockAdminServlet extends HttpServlet {

    private final DataSource dataSource;
    private final XfTemplateRegistry templates;

    XfStockAdminServlet(DataSource dataSource, XfTemplateRegistry templates) {
        this.dataSource = dataSource;
        this.templates = templates;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String warehouse = request.getParameter("warehouse");
        try (var connection = dataSource.getConnection();
             var statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT sku, quantity FROM stock WHERE warehouse = '" + warehouse + "'")) {  // expect: sql-injection
            while (rs.next()) {
                response.getWriter().println(rs.getString("sku") + ";" + rs.getInt("quantity"));
            }
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String sku = request.getParameter("sku");
        var jdbc = templates.primary();
        int reserved = jdbc.update("UPDATE stock SET reserved = reserved + 1 WHERE sku = '" + sku + "'");  // expect: sql-injection
        Long moves = templates.reporting().queryForObject("SELECT COUNT(*) FROM stock_moves WHERE sku = '" + sku + "'", Long.class);  // expect: sql-injection
        recordNote(request.getHeader("X-Note"));
        response.setStatus(reserved == 1 && moves != null ? 204 : 404);
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try (var connection = dataSource.getConnection();
             var statement = connection.createStatement()) {
            for (var bin : request.getParameterValues("bin")) {
                statement.addBatch("DELETE FROM stock WHERE bin = '" + bin + "'");  // expect: sql-injection
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String location = request.getParameter("location");
        var named = new NamedParameterJdbcTemplate(dataSource);
        int moved = named.update("UPDATE stock SET location = '" + location + "' WHERE sku = :sku", Map.of("sku", request.getParameter("sku")));  // expect: sql-injection
        String aisle = request.getHeader("X-Aisle");
        try (var connection = dataSource.getConnection();
             var ps = connection.prepareStatement("UPDATE stock SET aisle = '" + aisle + "' WHERE aisle IS NULL")) {  // expect: sql-injection
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new ServletException(e);
        }
        response.setStatus(moved > 0 ? 204 : 404);
    }

    private void recordNote(String note) {
        Integer written = templates.reporting().execute((Connection con) -> {
            try (var st = con.createStatement()) {
                return st.executeUpdate("INSERT INTO stock_notes (note) VALUES ('" + note + "')");  // expect: sql-injection
            }
        });
        if (written == null || written != 1) {
            throw new IllegalStateException("note not recorded");
        }
    }
}
