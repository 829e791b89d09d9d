package eval2.case52;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.annotation.Resource;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** GET /orders/{orderId}/timeline -> plain text event list. */
@WebServlet("/orders/*")
public class OrderTimelineServlet extends HttpServlet {

    private static final long serialVersionUID = 9L;
    private static final Logger log = LoggerFactory.getLogger(OrderTimelineServlet.class);

    @Resource(name = "jdbc/oms")
    private DataSource oms;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || !path.endsWith("/timeline")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String idPart = path.substring(1, path.length() - "/timeline".length());

        long orderId;
        try {
            orderId = Long.parseLong(idPart);
        } catch (NumberFormatException e) {
            log.debug("not an order id: {}", idPart);
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }

        String sql = "SELECT e.occurred_at, e.event_type, e.detail FROM order_events e WHERE e.order_id = " + orderId
                + " ORDER BY e.occurred_at";

        Connection con = null;
        Statement st = null;
        ResultSet rs = null;
        try {
            con = oms.getConnection();
            st = con.createStatement();
            rs = st.executeQuery(sql); // sink
            resp.setContentType("text/plain");
            PrintWriter out = resp.getWriter();
            while (rs.next()) {
                out.println(rs.getTimestamp(1) + "  " + rs.getString(2) + "  " + rs.getString(3));
            }
        } catch (SQLException e) {
            log.error("timeline query failed for order {}", orderId, e);
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        } finally {
            try {
                if (rs != null) {
                    rs.close();
                }
                if (st != null) {
                    st.close();
                }
                if (con != null) {
                    con.close();
                }
            } catch (SQLException e) {
                log.warn("failed to release JDBC resources", e);
            }
        }
    }
}
