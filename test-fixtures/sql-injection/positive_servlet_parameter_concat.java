// Servlet request parameters concatenated into JDBC Statement and Connection.prepareStatement SQL, directly and through a local.
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

class InvoiceServlet extends HttpServlet {

    private final DataSource dataSource;

    InvoiceServlet(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT id, total_cents FROM invoices WHERE customer_id = '" + request.getParameter("customer") + "'")) {  // expect: sql-injection "`getParameter(..)`"
            while (rs.next()) {
                response.getWriter().println(rs.getLong("id") + ";" + rs.getLong("total_cents"));
            }
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String invoiceId = request.getParameter("id");
        String sql = "UPDATE invoices SET status = 'PAID' WHERE id = " + invoiceId;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement ps = connection.prepareStatement(sql)) {  // expect: sql-injection "`getParameter(..)`"
            response.setStatus(ps.executeUpdate() == 1 ? 204 : 404);
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String number = request.getParameter("number");
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            int deleted = statement.executeUpdate("DELETE FROM invoice_drafts WHERE number = '" + number + "'");  // expect: sql-injection "`getParameter(..)`"
            response.setStatus(deleted > 0 ? 204 : 404);
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }
}
