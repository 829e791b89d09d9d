package eval.c13;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

public class Vuln13_ParameterMapPrepareCall extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Map<String, String[]> map = request.getParameterMap();
        String param = "";
        if (map != null) {
            String[] values = map.get("account");
            if (values != null && values.length > 0) {
                param = values[0];
            }
        }
        try (Connection conn = DriverManager.getConnection(System.getenv("DB_URL"))) {
            CallableStatement cs = conn.prepareCall("{call close_account('" + param + "')}"); // sink
            cs.execute();
            cs.close();
        } catch (SQLException e) {
            throw new ServletException(e);
        }
        response.setStatus(204);
    }
}
