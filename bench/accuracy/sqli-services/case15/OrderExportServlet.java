package eval2.case15;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

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
 * CSV export used by the warehouse team: /export/orders?status=PACKED&status=SHIPPED
 */
public class OrderExportServlet extends HttpServlet {

    private static final long serialVersionUID = 2L;
    private static final Logger log = LoggerFactory.getLogger(OrderExportServlet.class);

    private DataSource ds;

    @Override
    public void init() throws ServletException {
        try {
            ds = (DataSource) new InitialContext().lookup("java:/jdbc/oms");
        } catch (NamingException e) {
            throw new ServletException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String[] statuses = req.getParameterValues("status");
        if (statuses == null || statuses.length == 0) {
            statuses = new String[] {"NEW"};
        }

        String sql = "SELECT o.order_number, o.status, o.placed_at, o.total FROM orders o "
                + "WHERE o.status IN (" + quotedList(statuses) + ") ORDER BY o.placed_at";

        resp.setContentType("text/csv");
        resp.setHeader("Content-Disposition", "attachment; filename=orders.csv");
        try (Connection con = ds.getConnection(); Statement st = con.createStatement()) {
            st.setFetchSize(1000);
            try (ResultSet rs = st.executeQuery(sql)) { // sink
                PrintWriter out = resp.getWriter();
                out.println("order_number;status;placed_at;total");
                while (rs.next()) {
                    out.println(rs.getString(1) + ";" + rs.getString(2) + ";" + rs.getTimestamp(3) + ";" + rs.getBigDecimal(4));
                }
            }
        } catch (SQLException e) {
            log.error("order export failed", e);
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }

    private static String quotedList(String[] values) {
        StringBuilder sb = new StringBuilder();
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append('\'').append(value.trim().toUpperCase()).append('\'');
        }
        return sb.length() == 0 ? "'NEW'" : sb.toString();
    }
}
