package eval.c21;

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

public class Vuln21_ParsedLimitRawOrder extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        int limit = Integer.parseInt(request.getParameter("limit")); // numeric: fine
        String direction = request.getParameter("dir");              // raw: not fine
        String sql = "SELECT id, created_at FROM events ORDER BY created_at " + direction + " LIMIT " + limit;
        try (Connection conn = DriverManager.getConnection(System.getenv("DB_URL"));
             Statement stmt = conn.createStatement()) {
            ResultSet rs = stmt.executeQuery(sql); // sink
            while (rs.next()) {
                response.getWriter().println(rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }
}
