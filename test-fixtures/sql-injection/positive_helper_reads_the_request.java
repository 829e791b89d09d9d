// Helper methods that read request data themselves from the request passed to them, and return it into the SQL.
import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.JdbcTemplate;

class TenantInvoiceServlet extends HttpServlet {

    private static final String DEFAULT_TENANT = "public";

    private final JdbcTemplate jdbcTemplate;

    TenantInvoiceServlet(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String tenant = tenantOf(request);
        List<Map<String, Object>> rows = jdbcTemplate.queryForList("SELECT id FROM invoices WHERE tenant = '" + tenant + "'");  // expect: sql-injection "`tenantOf(..)`"
        response.getWriter().println(rows.size());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // the page size is parsed, so only the tenant reaches the SQL as text
        String sql = "SELECT id FROM invoices WHERE tenant = '" + tenantOf(request) + "' LIMIT " + pageSize(request);
        List<Map<String, Object>> rows = jdbcTemplate.queryForList(sql);  // expect: sql-injection "`tenantOf(..)`"
        response.getWriter().println(rows.size());
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int updated = jdbcTemplate.update("UPDATE invoices SET viewed = TRUE WHERE id <= " + pageSize(request));
        response.getWriter().println(updated);
    }

    private String tenantOf(HttpServletRequest request) {
        String header = request.getHeader("X-Tenant");
        if (header != null && !header.isBlank()) {
            return header.trim();
        }
        return DEFAULT_TENANT;
    }

    private int pageSize(HttpServletRequest request) {
        String size = request.getParameter("size");
        return size == null ? 20 : Integer.parseInt(size);
    }
}
