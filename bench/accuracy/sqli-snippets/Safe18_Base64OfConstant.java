package eval.c68;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;

public class Safe18_Base64OfConstant extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String label = request.getParameter("label");
        byte[] encoded = Base64.getEncoder().encode("labels".getBytes(StandardCharsets.UTF_8));
        String table = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        String sql = "SELECT id FROM " + table + " WHERE text = ?";
        try (Connection conn = DriverManager.getConnection(System.getenv("DB_URL"))) {
            PreparedStatement ps = conn.prepareStatement(sql); // sink
            ps.setString(1, label);
            try (ResultSet rs = ps.executeQuery()) {
                response.getWriter().println(rs.next());
            }
            ps.close();
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }
}
