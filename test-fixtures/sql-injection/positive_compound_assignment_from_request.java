// `+=` that appends request parameters to the SQL, in branches and after an initial constant text.
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

class ProductSearchServlet extends HttpServlet {

    private final JdbcTemplate jdbcTemplate;

    ProductSearchServlet(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String sql = "SELECT id, name, price_cents FROM products WHERE active = true";
        String category = request.getParameter("category");
        if (category != null) {
            sql += " AND category = '" + category + "'";
        }
        sql += " ORDER BY name";
        List<Map<String, Object>> products = jdbcTemplate.queryForList(sql);  // expect: sql-injection "`getParameter(..)`"
        response.getWriter().println(products.size());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String sql = "SELECT id, name FROM products";
        sql += " ORDER BY ";
        sql += request.getParameter("sort");
        sql += " LIMIT 50";
        List<Map<String, Object>> products = jdbcTemplate.queryForList(sql);  // expect: sql-injection "`getParameter(..)`"
        response.getWriter().println(products.size());
    }
}
