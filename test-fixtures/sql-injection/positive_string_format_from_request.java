// String.format that writes request parameters into the SQL text, inline and through a local.
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

class ShipmentLookupServlet extends HttpServlet {

    private final JdbcTemplate jdbcTemplate;

    ShipmentLookupServlet(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String tracking = request.getParameter("tracking");
        String sql = String.format("SELECT id, status, carrier FROM shipments WHERE tracking_number = '%s'", tracking);
        List<Map<String, Object>> shipments = jdbcTemplate.queryForList(sql);  // expect: sql-injection "`getParameter(..)`"
        response.getWriter().println(shipments.size());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String carrier = request.getParameter("carrier");
        String status = request.getParameter("status");
        int updated = jdbcTemplate.update(String.format("UPDATE shipments SET status = '%s' WHERE carrier = '%s'", status, carrier));  // expect: sql-injection "`getParameter(..)`"
        response.getWriter().println(updated);
    }
}
