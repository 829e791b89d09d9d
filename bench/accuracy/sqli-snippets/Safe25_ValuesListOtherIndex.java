package eval.c75;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Safe25_ValuesListOtherIndex extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String[] values = request.getParameterValues("tag");
        String param = (values != null && values.length > 0) ? values[0] : "";
        List<String> list = new ArrayList<>();
        list.add("x");     // index 0
        list.add(param);   // index 1
        list.remove(1);    // ["x"]
        list.add("misc");  // ["x", "misc"]
        String bar = list.get(1); // "misc"
        String sql = "INSERT INTO tags (name) VALUES ('" + bar + "')";
        try (Connection conn = DriverManager.getConnection(System.getenv("DB_URL"));
             Statement stmt = conn.createStatement()) {
            stmt.executeUpdate(sql); // sink
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }
}
