package eval.c65;

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

public class Safe15_PrivateParseIntSanitiser extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String page = sanitize(request.getParameter("page"));
        String size = sanitize(request.getParameter("size"));
        String sql = "SELECT id, title FROM news ORDER BY id DESC LIMIT " + size + " OFFSET " + page;
        try (Connection conn = DriverManager.getConnection(System.getenv("DB_URL"));
             Statement stmt = conn.createStatement()) {
            ResultSet rs = stmt.executeQuery(sql); // sink
            while (rs.next()) {
                response.getWriter().println(rs.getString("title"));
            }
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }

    private String sanitize(String raw) {
        int value = Integer.parseInt(raw);
        return String.valueOf(value);
    }
}
