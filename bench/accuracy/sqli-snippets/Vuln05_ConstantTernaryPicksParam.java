package eval.c05;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Vuln05_ConstantTernaryPicksParam extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String param = request.getParameter("comment");
        int num = 106;
        // (7 * 42) - 106 = 188, which is NOT > 200: the ternary always picks param
        String bar = (7 * 42) - num > 200 ? "This_should_never_happen" : param;
        String sql = "INSERT INTO comments (body, created_at) VALUES ('" + bar + "', CURRENT_TIMESTAMP)";
        try (Connection conn = DriverManager.getConnection(System.getenv("DB_URL"));
             Statement stmt = conn.createStatement()) {
            stmt.executeUpdate(sql); // sink
        } catch (SQLException e) {
            throw new ServletException(e);
        }
        response.setStatus(201);
    }
}
