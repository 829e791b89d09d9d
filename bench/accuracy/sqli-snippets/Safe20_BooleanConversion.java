package eval.c70;

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

public class Safe20_BooleanConversion extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        boolean active = Boolean.parseBoolean(request.getParameter("active"));
        String sql = "SELECT id, login FROM users WHERE active = " + active;
        try (Connection conn = DriverManager.getConnection(System.getenv("DB_URL"));
             Statement stmt = conn.createStatement()) {
            ResultSet rs = stmt.executeQuery(sql); // sink
            while (rs.next()) {
                response.getWriter().println(rs.getString("login"));
            }
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }
}
