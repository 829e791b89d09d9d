package eval.c22;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Vuln22_ParseFallbackReturnsRaw extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String id = normalizeId(request.getParameter("id"));
        String sql = "SELECT id, name FROM customers WHERE id = " + id;
        try (Connection conn = DriverManager.getConnection(System.getenv("DB_URL"));
             Statement stmt = conn.createStatement()) {
            ResultSet rs = stmt.executeQuery(sql); // sink
            response.getWriter().println(rs.next() ? rs.getString("name") : "");
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }

    /** Looks like a sanitiser, but hands back the raw input when parsing fails. */
    private String normalizeId(String raw) {
        try {
            return String.valueOf(Integer.parseInt(raw.trim()));
        } catch (NumberFormatException e) {
            return raw;
        }
    }
}
