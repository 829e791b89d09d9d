package eval2.case31;

import java.io.IOException;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.YearMonth;

import javax.annotation.Resource;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finance back-office action: closes an accounting period and returns the number of posted journals. */
@WebServlet("/finance/periods/close")
public class PeriodCloseServlet extends HttpServlet {

    private static final long serialVersionUID = 11L;
    private static final Logger log = LoggerFactory.getLogger(PeriodCloseServlet.class);

    @Resource(name = "jdbc/ledger")
    private DataSource ledger;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String period = req.getParameter("period");
        if (period == null || period.isBlank()) {
            period = YearMonth.now().minusMonths(1).toString();
            log.info("no period given, closing previous month {}", period);
        } else {
            period = period.trim();
        }
        String operator = req.getRemoteUser();

        Connection con = null;
        CallableStatement call = null;
        try {
            con = ledger.getConnection();
            con.setAutoCommit(false);
            call = con.prepareCall("{call ledger.close_period('" + period + "', ?, ?)}"); // sink
            call.setString(1, operator);
            call.registerOutParameter(2, Types.INTEGER);
            call.execute();
            int posted = call.getInt(2);
            con.commit();
            log.info("period {} closed by {}: {} journals posted", period, operator, posted);
            resp.setContentType("application/json");
            resp.getWriter().write("{\"period\":\"" + period + "\",\"posted\":" + posted + "}");
        } catch (SQLException e) {
            log.error("closing period {} failed", period, e);
            rollbackQuietly(con);
            resp.sendError(HttpServletResponse.SC_CONFLICT, "period could not be closed");
        } finally {
            closeQuietly(call);
            closeQuietly(con);
        }
    }

    private static void rollbackQuietly(Connection con) {
        if (con == null) {
            return;
        }
        try {
            con.rollback();
        } catch (SQLException e) {
            log.warn("rollback failed", e);
        }
    }

    private static void closeQuietly(AutoCloseable resource) {
        if (resource == null) {
            return;
        }
        try {
            resource.close();
        } catch (Exception e) {
            log.warn("close failed", e);
        }
    }
}
