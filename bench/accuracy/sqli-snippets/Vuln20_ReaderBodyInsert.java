package eval.c20;

import java.io.BufferedReader;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Vuln20_ReaderBodyInsert extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        BufferedReader reader = request.getReader();
        String line = reader.readLine();
        String message = line == null ? "" : line.trim();
        String sql = "INSERT INTO audit_notes (note) VALUES ('" + message + "')";
        try (Connection conn = DriverManager.getConnection(System.getenv("DB_URL"));
             Statement stmt = conn.createStatement()) {
            stmt.executeUpdate(sql); // sink
        } catch (SQLException e) {
            throw new ServletException(e);
        }
        response.setStatus(201);
    }
}
