package eval.c59;

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

public class Safe09_OverwrittenOnAllPaths extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String param = request.getParameter("tier");
        String bar = param;
        if (param != null && param.startsWith("p")) {
            bar = "premium";
        } else {
            bar = "standard";
        }
        String sql = "SELECT feature FROM tier_features WHERE tier = '" + bar + "'";
        try (Connection conn = DriverManager.getConnection(System.getenv("DB_URL"));
             Statement stmt = conn.createStatement()) {
            ResultSet rs = stmt.executeQuery(sql); // sink
            while (rs.next()) {
                response.getWriter().println(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }
}
