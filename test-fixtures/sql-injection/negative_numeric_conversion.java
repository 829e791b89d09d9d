// Request data converted to a number (Long.parseLong, Integer.valueOf, Integer.parseInt) before it is concatenated: it cannot inject.
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

class OrderDetailServlet extends HttpServlet {

    private final JdbcTemplate jdbcTemplate;

    OrderDetailServlet(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id = Long.parseLong(request.getParameter("id"));
        List<Map<String, Object>> lines = jdbcTemplate.queryForList("SELECT sku, quantity FROM order_lines WHERE order_id = " + id);
        int limit = Integer.parseInt(request.getHeader("X-Limit"));
        List<Map<String, Object>> recent = jdbcTemplate.queryForList("SELECT id FROM orders ORDER BY placed_at DESC LIMIT " + limit);
        response.getWriter().println(lines.size() + recent.size());
    }
}

@RestController
class OrderPageController {

    private final JdbcTemplate jdbcTemplate;

    OrderPageController(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/orders")
    List<Map<String, Object>> page(@RequestParam String page, @RequestParam("size") String size) {
        Integer pageNumber = Integer.valueOf(page);
        int pageSize = Integer.parseInt(size.trim());
        return jdbcTemplate.queryForList("SELECT id, status FROM orders ORDER BY id LIMIT " + pageSize + " OFFSET " + (pageNumber * pageSize));
    }
}
