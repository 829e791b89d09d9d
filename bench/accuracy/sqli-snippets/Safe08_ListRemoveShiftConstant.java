package eval.c58;

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

public class Safe08_ListRemoveShiftConstant extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String param = request.getParameter("nickname");
        List<String> valuesList = new ArrayList<>();
        valuesList.add("safe");
        valuesList.add(param);
        valuesList.add("moresafe");
        valuesList.remove(0); // [param, "moresafe"]
        String bar = valuesList.get(1); // "moresafe"
        String sql = "UPDATE profiles SET nickname = '" + bar + "' WHERE id = 1";
        try (Connection conn = DriverManager.getConnection(System.getenv("DB_URL"));
             Statement stmt = conn.createStatement()) {
            stmt.executeUpdate(sql); // sink
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }
}
