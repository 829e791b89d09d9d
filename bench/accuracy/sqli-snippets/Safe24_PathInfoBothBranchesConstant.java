package eval.c74;

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

public class Safe24_PathInfoBothBranchesConstant extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String section = request.getPathInfo();
        String table = "/archive".equals(section) ? "orders_archive" : "orders";
        String sql = "SELECT COUNT(*) FROM " + table;
        try (Connection conn = DriverManager.getConnection(System.getenv("DB_URL"));
             Statement stmt = conn.createStatement()) {
            ResultSet rs = stmt.executeQuery(sql); // sink
            rs.next();
            response.getWriter().println(rs.getLong(1));
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }
}
