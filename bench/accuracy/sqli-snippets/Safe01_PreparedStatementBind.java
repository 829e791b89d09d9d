package eval.c51;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

public class Safe01_PreparedStatementBind extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String name = request.getParameter("name");
        String sql = "SELECT id, email FROM users WHERE name = ?";
        try (Connection conn = DriverManager.getConnection(System.getenv("DB_URL"))) {
            PreparedStatement ps = conn.prepareStatement(sql); // sink
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    response.getWriter().println(rs.getString("email"));
                }
            }
            ps.close();
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }
}
