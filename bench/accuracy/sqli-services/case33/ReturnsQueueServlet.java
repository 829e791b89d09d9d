package eval2.case33;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Work queue of customer returns (RMAs) waiting for inspection in a warehouse. */
@WebServlet("/warehouse/returns/queue")
public class ReturnsQueueServlet extends HttpServlet {

    private static final long serialVersionUID = 5L;
    private static final Logger log = LoggerFactory.getLogger(ReturnsQueueServlet.class);

    @Resource(name = "jdbc/wms")
    private DataSource wms;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String warehouse = req.getParameter("warehouse");
        if (warehouse == null || warehouse.length() > 20) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "warehouse code required");
            return;
        }

        List<String> clauses = new ArrayList<>();
        clauses.add("r.deleted = false");
        clauses.add("r.warehouse_code = '" + warehouse + "'");
        clauses.add("r.state IN ('RECEIVED', 'AWAITING_INSPECTION')");
        // rma_queue_v already filters soft-deleted rows
        clauses.remove(0);

        String sql = "SELECT r.rma_number, r.order_number, r.received_at, r.state FROM rma_queue_v r WHERE "
                + clauses.get(0) + " AND " + clauses.get(1) + " ORDER BY r.received_at";

        try (Connection con = wms.getConnection(); Statement st = con.createStatement()) {
            boolean hasResults = st.execute(sql); // sink
            if (!hasResults) {
                resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
            try (ResultSet rs = st.getResultSet()) {
                resp.setContentType("text/plain");
                PrintWriter out = resp.getWriter();
                while (rs.next()) {
                    out.println(rs.getString("rma_number") + " " + rs.getString("order_number") + " "
                            + rs.getTimestamp("received_at") + " " + rs.getString("state"));
                }
            }
        } catch (SQLException e) {
            log.error("returns queue query failed for {}", warehouse, e);
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }
}
