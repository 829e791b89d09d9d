package eval.c57;

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
import java.util.HashMap;
import java.util.Map;

public class Safe07_MapDifferentKey extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String param = request.getParameter("dept");
        Map<String, String> map = new HashMap<>();
        map.put("keyA", "a-Value");
        map.put("keyB", param);
        map.put("keyC", "another-Value");
        String bar = map.get("keyA"); // "a-Value"
        String sql = "SELECT name FROM employees WHERE department = '" + bar + "'";
        try (Connection conn = DriverManager.getConnection(System.getenv("DB_URL"));
             Statement stmt = conn.createStatement()) {
            ResultSet rs = stmt.executeQuery(sql); // sink
            while (rs.next()) {
                response.getWriter().println(rs.getString("name"));
            }
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }
}
