package eval.c72;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Safe22_HeadersEnumParseLong extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String param = "0";
        Enumeration<String> headers = request.getHeaders("X-Account-Id");
        if (headers != null && headers.hasMoreElements()) {
            param = headers.nextElement();
        }
        long accountId = Long.valueOf(param.trim());
        String sql = "SELECT balance FROM accounts WHERE id = " + accountId;
        try (Connection conn = DriverManager.getConnection(System.getenv("DB_URL"));
             Statement stmt = conn.createStatement()) {
            ResultSet rs = stmt.executeQuery(sql); // sink
            response.getWriter().println(rs.next() ? rs.getBigDecimal(1) : "0");
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }
}
