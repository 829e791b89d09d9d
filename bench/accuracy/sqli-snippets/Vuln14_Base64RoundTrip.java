package eval.c14;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Vuln14_Base64RoundTrip extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String param = request.getParameter("label");
        if (param == null) {
            param = "";
        }
        byte[] encoded = Base64.getEncoder().encode(param.getBytes(StandardCharsets.UTF_8));
        String bar = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        String sql = "SELECT id FROM labels WHERE text = '" + bar + "'";
        try (Connection conn = DriverManager.getConnection(System.getenv("DB_URL"));
             Statement stmt = conn.createStatement()) {
            ResultSet rs = stmt.executeQuery(sql); // sink
            response.getWriter().println(rs.next());
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }
}
