package eval.c69;

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
import java.util.UUID;

public class Safe19_UuidConversion extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String raw = request.getPathInfo().substring(1);
        UUID orderId = UUID.fromString(raw);
        String sql = "SELECT status FROM orders WHERE public_id = '" + orderId + "'";
        try (Connection conn = DriverManager.getConnection(System.getenv("DB_URL"));
             Statement stmt = conn.createStatement()) {
            ResultSet rs = stmt.executeQuery(sql); // sink
            response.getWriter().println(rs.next() ? rs.getString(1) : "unknown");
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }
}
