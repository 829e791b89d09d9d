package eval.c11;

import java.io.IOException;
import java.net.URLDecoder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Vuln11_HeadersEnumerationDecode extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String param = "";
        Enumeration<String> headers = request.getHeaders("X-Tenant");
        if (headers != null && headers.hasMoreElements()) {
            param = headers.nextElement(); // just grab the first element
        }
        param = URLDecoder.decode(param, "UTF-8");
        String sql = "DELETE FROM cache_entries WHERE tenant = '" + param + "'";
        try (Connection conn = DriverManager.getConnection(System.getenv("DB_URL"));
             Statement stmt = conn.createStatement()) {
            int n = stmt.executeUpdate(sql); // sink
            response.getWriter().println(n);
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }
}
