package eval.c08;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Vuln08_MapSameConstantKey extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String param = request.getParameter("dept");
        Map<String, String> filters = new HashMap<>();
        filters.put("keyA", "a-Value");
        filters.put("keyB", param);
        filters.put("keyC", "another-Value");
        String bar = filters.get("keyB"); // the request value
        String sql = "SELECT name, salary FROM employees WHERE department = '" + bar + "'";
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
