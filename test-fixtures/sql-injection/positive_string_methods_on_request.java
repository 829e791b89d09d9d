// Request data passed through trim, toLowerCase, substring and toUpperCase keeps its taint into the SQL.
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

class CustomerDirectoryServlet extends HttpServlet {

    private final JdbcTemplate jdbcTemplate;

    CustomerDirectoryServlet(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String email = request.getParameter("email").trim().toLowerCase();
        List<Map<String, Object>> customers = jdbcTemplate.queryForList("SELECT id, name FROM customers WHERE email = '" + email + "'");  // expect: sql-injection "`getParameter(..)`"
        response.getWriter().println(customers.size());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        String region = path.substring(path.lastIndexOf('/') + 1);
        Map<String, Object> totals = jdbcTemplate.queryForMap("SELECT COUNT(id) AS n FROM customers WHERE region = '" + region.toUpperCase() + "'");  // expect: sql-injection "`getRequestURI(..)`"
        response.getWriter().println(totals.get("n"));
    }
}
