package eval.c25;

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

public class Vuln25_NonConstantIfBranch extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String param = request.getParameter("category");
        String bar;
        // depends on the request, so the attacker controls which branch runs
        if (param != null && param.length() > 3) {
            bar = param;
        } else {
            bar = "general";
        }
        String sql = "SELECT id, title FROM articles WHERE category = '" + bar + "'";
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
}
