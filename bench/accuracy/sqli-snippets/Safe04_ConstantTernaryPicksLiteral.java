package eval.c54;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

public class Safe04_ConstantTernaryPicksLiteral extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String param = request.getParameter("comment");
        int num = 86;
        // (7 * 42) - 86 = 208 > 200: always true, so bar is always the literal
        String bar = (7 * 42) - num > 200 ? "This_should_always_happen" : param;
        String sql = "INSERT INTO comments (body, created_at) VALUES ('" + bar + "', CURRENT_TIMESTAMP)";
        try (Connection conn = DriverManager.getConnection(System.getenv("DB_URL"));
             Statement stmt = conn.createStatement()) {
            stmt.execute(sql); // sink
        } catch (SQLException e) {
            throw new ServletException(e);
        }
        response.setStatus(201);
    }
}
