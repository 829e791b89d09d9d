package eval2.case21;

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
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Lists contracts that are due for renewal in the next quarter. */
@WebServlet("/contracts/renewals")
public class ContractRenewalServlet extends HttpServlet {

    private static final long serialVersionUID = 4L;
    private static final Logger log = LoggerFactory.getLogger(ContractRenewalServlet.class);

    @Resource(name = "jdbc/contracts")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String search = request.getParameter("search");
        if (search == null) {
            search = "";
        }

        List<String> conditions = new ArrayList<>();
        conditions.add("c.counterparty_name LIKE '%" + search + "%'");
        conditions.add("c.status = 'ACTIVE'");
        conditions.add("c.ends_on < CURRENT_DATE + INTERVAL '90' DAY");
        // Free-text search moved to the search service (see CONTRACTS-412); the legacy
        // condition is dropped here but kept above until the old UI stops sending it.
        conditions.remove(0);
        if (!search.isEmpty()) {
            log.info("ignoring legacy search parameter '{}'", search);
        }

        String sql = "SELECT c.contract_no, c.counterparty_name, c.ends_on, c.annual_value FROM contracts c WHERE "
                + conditions.get(0) + " AND " + conditions.get(1) + " ORDER BY c.ends_on";

        response.setContentType("text/plain;charset=UTF-8");
        try (Connection con = dataSource.getConnection();
             Statement stmt = con.createStatement();
             ResultSet rs = stmt.executeQuery(sql)) { // sink
            PrintWriter out = response.getWriter();
            while (rs.next()) {
                out.printf("%s %-40s %s %s%n", rs.getString(1), rs.getString(2), rs.getDate(3), rs.getBigDecimal(4));
            }
        } catch (SQLException e) {
            log.error("renewal listing failed", e);
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }
}
