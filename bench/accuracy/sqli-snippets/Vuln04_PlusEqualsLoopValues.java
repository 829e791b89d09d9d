package eval.c04;

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

public class Vuln04_PlusEqualsLoopValues extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String[] skus = request.getParameterValues("sku");
        if (skus == null || skus.length == 0) {
            response.sendError(400);
            return;
        }
        String sql = "SELECT sku, price FROM products WHERE sku IN (";
        for (int i = 0; i < skus.length; i++) {
            if (i > 0) {
                sql += ", ";
            }
            sql += "'" + skus[i] + "'";
        }
        sql += ")";
        try (Connection conn = DriverManager.getConnection(System.getenv("DB_URL"));
             Statement stmt = conn.createStatement()) {
            ResultSet rs = stmt.executeQuery(sql); // sink
            while (rs.next()) {
                response.getWriter().println(rs.getString(1) + "=" + rs.getBigDecimal(2));
            }
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }
}
