package eval.c56;

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

public class Safe06_SwitchFallThroughToConstant extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String param = request.getParameter("status");
        String bar;
        String note = "";
        String guess = "XBZ";
        char selector = guess.charAt(1); // 'B'
        switch (selector) {
            case 'A':
                bar = param;
                break;
            case 'B':
                note = "b";
                // fall through
            case 'C':
                bar = "shipped"; // 'B' ends up here
                break;
            default:
                bar = param;
                break;
        }
        String sql = "SELECT id FROM orders WHERE status = '" + bar + "'";
        try (Connection conn = DriverManager.getConnection(System.getenv("DB_URL"));
             Statement stmt = conn.createStatement()) {
            ResultSet rs = stmt.executeQuery(sql); // sink
            response.getWriter().println(note + rs.next());
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }
}
