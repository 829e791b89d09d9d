// Locals that held request data but are reassigned to constants on every path before they reach the SQL.
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

class WarehouseStockServlet extends HttpServlet {

    private final JdbcTemplate jdbcTemplate;

    WarehouseStockServlet(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String column = request.getParameter("c");
        column = "name";
        List<Map<String, Object>> items = jdbcTemplate.queryForList("SELECT id, " + column + " FROM stock_items ORDER BY " + column);
        response.getWriter().println(items.size());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String table = request.getHeader("X-Warehouse");
        if (request.getParameter("archived") != null) {
            table = "stock_items_archive";
        } else {
            table = "stock_items";
        }
        String sql = "SELECT id, quantity FROM " + table;
        List<Map<String, Object>> items = jdbcTemplate.queryForList(sql);
        response.getWriter().println(items.size());
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String sql = "UPDATE stock_items SET reserved = 0 WHERE warehouse = '" + request.getParameter("w") + "'";
        sql = "UPDATE stock_items SET reserved = 0 WHERE warehouse = ?";
        int updated = jdbcTemplate.update(sql, request.getParameter("w"));
        response.getWriter().println(updated);
    }
}
