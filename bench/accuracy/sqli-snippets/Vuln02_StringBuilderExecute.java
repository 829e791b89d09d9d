package eval.c02;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Vuln02_StringBuilderExecute extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String status = request.getParameter("status");
        String orderId = request.getParameter("orderId");
        StringBuilder sb = new StringBuilder();
        sb.append("UPDATE orders SET status = '");
        sb.append(status);
        sb.append("' WHERE id = ");
        sb.append(Long.parseLong(orderId));
        try (Connection conn = DriverManager.getConnection(System.getenv("DB_URL"));
             Statement stmt = conn.createStatement()) {
            stmt.execute(sb.toString()); // sink
        } catch (SQLException e) {
            throw new ServletException(e);
        }
        response.setStatus(204);
    }
}
