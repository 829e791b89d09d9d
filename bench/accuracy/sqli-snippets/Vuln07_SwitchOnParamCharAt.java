package eval.c07;

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

public class Vuln07_SwitchOnParamCharAt extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String query = request.getParameter("q");
        if (query == null || query.isEmpty()) {
            response.sendError(400);
            return;
        }
        String where;
        // the attacker chooses the first character, so every branch is reachable
        switch (query.charAt(0)) {
            case '#':
                where = "tag = 'featured'";
                break;
            case '@':
                where = "author = 'staff'";
                break;
            default:
                where = "title LIKE '%" + query + "%'";
                break;
        }
        try (Connection conn = DriverManager.getConnection(System.getenv("DB_URL"));
             Statement stmt = conn.createStatement()) {
            ResultSet rs = stmt.executeQuery("SELECT id, title FROM posts WHERE " + where); // sink
            while (rs.next()) {
                response.getWriter().println(rs.getString("title"));
            }
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }
}
