package eval2.case54;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Bulk-voids invoices selected in the accounting UI (POST number=INV-2024-0001&number=...). */
@WebServlet("/accounting/invoices/void")
public class VoidInvoicesServlet extends HttpServlet {

    private static final long serialVersionUID = 6L;
    private static final Logger log = LoggerFactory.getLogger(VoidInvoicesServlet.class);

    private DataSource dataSource;

    @Override
    public void init() throws ServletException {
        try {
            dataSource = (DataSource) new InitialContext().lookup("java:comp/env/jdbc/accounting");
        } catch (NamingException e) {
            throw new ServletException("accounting datasource missing", e);
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String[] numbers = req.getParameterValues("number");
        String reason = req.getParameter("reason");
        if (numbers == null || numbers.length == 0) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "no invoices selected");
            return;
        }

        try (Connection con = dataSource.getConnection()) {
            con.setAutoCommit(false);
            try (Statement st = con.createStatement()) {
                for (String number : numbers) {
                    st.addBatch("UPDATE invoices SET status = 'VOID', voided_at = CURRENT_TIMESTAMP WHERE invoice_number = '" + number.trim() + "' AND status <> 'PAID'"); // sink
                }
                int[] counts = st.executeBatch();
                con.commit();
                log.info("voided {} invoices ({}), reason: {}", Arrays.stream(counts).sum(), numbers.length, reason);
            } catch (SQLException e) {
                con.rollback();
                throw e;
            }
            resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } catch (SQLException e) {
            log.error("bulk void failed", e);
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }
}
