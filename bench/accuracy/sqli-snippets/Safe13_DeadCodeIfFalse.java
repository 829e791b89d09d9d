package eval.c63;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

public class Safe13_DeadCodeIfFalse extends HttpServlet {

    private static final boolean LEGACY_MODE = false;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String param = request.getParameter("reason");
        String bar = "user-request";
        if (false) {
            bar = param;
        }
        if (LEGACY_MODE) {
            bar = param.toUpperCase();
        }
        String sql = "UPDATE subscriptions SET cancelled = TRUE, reason = '" + bar + "' WHERE id = 42";
        try (Connection conn = DriverManager.getConnection(System.getenv("DB_URL"));
             Statement stmt = conn.createStatement()) {
            stmt.executeUpdate(sql); // sink
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }
}
