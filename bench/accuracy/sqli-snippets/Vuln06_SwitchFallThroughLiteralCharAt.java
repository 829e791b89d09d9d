package eval.c06;

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

public class Vuln06_SwitchFallThroughLiteralCharAt extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String param = request.getParameter("user");
        String bar;
        String guess = "ABC";
        char switchTarget = guess.charAt(2); // 'C'
        switch (switchTarget) {
            case 'A':
                bar = "alice";
                break;
            case 'B':
                bar = "bob";
                break;
            case 'C':
            case 'D':
                bar = param; // 'C' falls through to here
                break;
            default:
                bar = "nobody";
                break;
        }
        String sql = "SELECT id FROM accounts WHERE login = '" + bar + "'";
        try (Connection conn = DriverManager.getConnection(System.getenv("DB_URL"));
             Statement stmt = conn.createStatement()) {
            ResultSet rs = stmt.executeQuery(sql); // sink
            response.getWriter().println(rs.next() ? "found" : "missing");
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }
}
