package eval2.case38;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.annotation.Resource;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Checks whether a counterparty is in the local copy of the VAT registry. */
@WebServlet("/compliance/vat/check")
public class VatRegistryServlet extends HttpServlet {

    private static final long serialVersionUID = 2L;
    private static final Logger log = LoggerFactory.getLogger(VatRegistryServlet.class);

    @Resource(name = "jdbc/compliance")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String vatNumber = req.getParameter("vat");
        String companyName = req.getParameter("name");
        if (vatNumber == null || vatNumber.length() < 8) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "vat number required");
            return;
        }

        final String matchMode = "strict";
        String sql = "SELECT r.vat_number, r.company_name, r.valid_from FROM vat_registry r WHERE r.vat_number = ?";
        if (matchMode.charAt(0) == 'l') {
            // lenient mode: also accept a fuzzy company-name match
            sql += " OR r.company_name LIKE '%" + companyName + "%'";
        }

        try (Connection con = dataSource.getConnection();
             PreparedStatement ps = con.prepareStatement(sql)) { // sink
            ps.setString(1, vatNumber.replace(" ", "").toUpperCase());
            try (ResultSet rs = ps.executeQuery()) {
                boolean found = rs.next();
                log.info("VAT check {} ({}) -> {}", vatNumber, companyName, found);
                resp.setContentType("application/json");
                resp.getWriter().write("{\"registered\":" + found + "}");
            }
        } catch (SQLException e) {
            log.error("VAT registry lookup failed", e);
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }
}
