package eval.c62;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

public class Safe12_ParamOnlyLogged extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(Safe12_ParamOnlyLogged.class.getName());

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String requestedBy = request.getParameter("requestedBy");
        String sql = "SELECT code, label FROM countries ORDER BY label";
        LOG.info("country list requested by " + requestedBy + ", running: " + sql);
        try (Connection conn = DriverManager.getConnection(System.getenv("DB_URL"));
             Statement stmt = conn.createStatement()) {
            ResultSet rs = stmt.executeQuery(sql); // sink
            while (rs.next()) {
                response.getWriter().println(rs.getString("code"));
            }
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }
}
