// Request data replaced by constants on every path before the SQL: both branches, every switch case with a default, an early return, a number-typed local.
import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.JdbcTemplate;

class CatalogueReportServlet extends HttpServlet {

    private final JdbcTemplate jdbcTemplate;

    CatalogueReportServlet(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String order = request.getParameter("order");
        switch (order == null ? "" : order) {
            case "new":
                order = "published_at DESC";
                break;
            case "cheap":
                order = "price";
                break;
            default:
                order = "title";
        }
        List<Map<String, Object>> rows = jdbcTemplate.queryForList("SELECT id, title FROM books ORDER BY " + order);
        response.getWriter().println(rows.size());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String table = request.getParameter("archive");
        if (table == null) {
            response.sendError(400);
            return;
        } else if (table.equals("yes")) {
            table = "books_archive";
        } else {
            table = "books";
        }
        List<Map<String, Object>> rows = jdbcTemplate.queryForList("SELECT id FROM " + table);
        response.getWriter().println(rows.size());
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long shelf = Long.parseLong(request.getParameter("shelf"));
        int count = jdbcTemplate.queryForObject("SELECT COUNT(*) FROM books WHERE shelf = " + shelf, Integer.class);
        response.getWriter().println(count);
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String reason = request.getParameter("reason");
        try {
            reason = "cleanup";
        } finally {
            reason = "scheduled cleanup";
        }
        int removed = jdbcTemplate.update("DELETE FROM books WHERE retired = TRUE AND note = '" + reason + "'");
        response.getWriter().println(removed);
    }
}
