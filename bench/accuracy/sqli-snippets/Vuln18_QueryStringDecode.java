package eval.c18;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

public class Vuln18_QueryStringDecode extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String queryString = request.getQueryString();
        if (queryString == null) {
            response.sendError(400);
            return;
        }
        String paramval = "code=";
        int start = queryString.indexOf(paramval);
        if (start == -1) {
            response.sendError(400);
            return;
        }
        start += paramval.length();
        int end = queryString.indexOf('&', start);
        String param = end == -1 ? queryString.substring(start) : queryString.substring(start, end);
        param = URLDecoder.decode(param, StandardCharsets.UTF_8);
        String sql = "SELECT discount FROM coupons WHERE code = '" + param + "'";
        try (Connection conn = DriverManager.getConnection(System.getenv("DB_URL"));
             Statement stmt = conn.createStatement()) {
            ResultSet rs = stmt.executeQuery(sql); // sink
            response.getWriter().println(rs.next() ? rs.getInt(1) : 0);
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }
}
