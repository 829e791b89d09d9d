package eval2.case02;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebServlet(urlPatterns = "/billing/invoices/search")
public class InvoiceSearchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(InvoiceSearchServlet.class.getName());

    @Resource(name = "jdbc/billing")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String customer = request.getParameter("customer");
        if (customer == null || customer.isBlank()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "customer is required");
            return;
        }
        customer = customer.trim();

        String sql = "SELECT i.invoice_number, i.issued_on, i.amount_due, i.currency "
                + "FROM invoices i JOIN customers c ON c.id = i.customer_id "
                + "WHERE c.display_name = '" + customer + "' AND i.deleted = false "
                + "ORDER BY i.issued_on DESC";

        response.setContentType("text/csv");
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) { // sink
            PrintWriter out = response.getWriter();
            out.println("invoice_number,issued_on,amount_due,currency");
            while (rs.next()) {
                out.printf("%s,%s,%s,%s%n",
                        rs.getString(1), rs.getDate(2), rs.getBigDecimal(3), rs.getString(4));
            }
        } catch (SQLException e) {
            LOG.log(Level.SEVERE, "Invoice search failed", e);
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }
}
