package eval.c15;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

public class Vuln15_SameClassHelper extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String owner = request.getParameter("owner");
        String sql = "SELECT id, path FROM documents WHERE " + buildFilter("owner", owner);
        try (Connection conn = DriverManager.getConnection(System.getenv("DB_URL"));
             Statement stmt = conn.createStatement()) {
            boolean hasRows = stmt.execute(sql); // sink
            response.getWriter().println(hasRows);
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }

    private String buildFilter(String column, String value) {
        return column + " = '" + value.trim() + "'";
    }
}
