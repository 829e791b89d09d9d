package eval2.case06;

import java.io.IOException;
import java.io.PrintWriter;
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

@WebServlet("/crm/customers/lookup")
public class CustomerLookupServlet extends HttpServlet {

    private static final long serialVersionUID = 3L;
    private static final Logger log = LoggerFactory.getLogger(CustomerLookupServlet.class);

    @Resource(lookup = "java:comp/env/jdbc/crm")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String email = req.getParameter("email");
        if (email == null || !email.contains("@")) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "a valid email is required");
            return;
        }
        log.info("customer lookup for {}", email);

        try (Connection con = dataSource.getConnection();
             PreparedStatement ps = con.prepareStatement(CustomerSql.FIND_BY_EMAIL)) { // sink
            ps.setString(1, email.trim());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                resp.setContentType("application/json");
                PrintWriter out = resp.getWriter();
                out.printf("{\"id\":%d,\"name\":\"%s\",\"country\":\"%s\"}",
                        rs.getLong("id"), rs.getString("display_name"), rs.getString("country_code"));
            }
        } catch (SQLException e) {
            log.error("customer lookup failed", e);
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }
}
