package eval.c24;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Vuln24_ParameterValuesAddBatch extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String[] values = request.getParameterValues("tag");
        String param = (values != null && values.length > 0) ? values[0] : "untagged";
        String sql = "INSERT INTO tags (name) VALUES ('" + param + "')";
        try (Connection conn = DriverManager.getConnection(System.getenv("DB_URL"));
             Statement stmt = conn.createStatement()) {
            stmt.addBatch(sql); // sink
            stmt.executeBatch();
        } catch (SQLException e) {
            throw new ServletException(e);
        }
        response.setStatus(201);
    }
}
