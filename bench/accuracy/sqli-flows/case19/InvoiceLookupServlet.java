package eval5.case19;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@WebServlet("/billing/invoices")
public class InvoiceLookupServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(InvoiceLookupServlet.class);

    @Inject
    private transient InvoiceDao invoiceDao;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        var params = new RequestParams(req);
        String customer = params.get("customer");
        int year = params.getInt("year", 2024);
        if (customer == null) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "customer is required");
            return;
        }
        try {
            List<String> numbers = invoiceDao.invoiceNumbers(customer, year);
            resp.setContentType("text/plain");
            resp.getWriter().write(String.join("\n", numbers));
        } catch (SQLException e) {
            log.error("invoice lookup failed", e);
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }
}
