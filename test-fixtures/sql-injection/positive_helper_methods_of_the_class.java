// Request data passed through helper methods of the same class that build the SQL and return it.
import jakarta.servlet.http.HttpServletRequest;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class InvoiceSearchController {

    private final JdbcTemplate jdbcTemplate;

    InvoiceSearchController(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/invoices/search")
    List<Map<String, Object>> search(@RequestParam String customer) {
        return jdbcTemplate.queryForList(byCustomer(customer));  // expect: sql-injection "parameter `customer`"
    }

    @GetMapping("/invoices/sorted")
    List<Map<String, Object>> sorted(HttpServletRequest request) {
        String sql = withOrder("SELECT id, total_cents FROM invoices", request.getParameter("sort"));
        return jdbcTemplate.queryForList(sql);  // expect: sql-injection "`getParameter(..)`"
    }

    private String byCustomer(String customer) {
        String where = " WHERE customer_name = '" + customer.trim() + "'";
        return "SELECT id, total_cents FROM invoices" + where;
    }

    private static String withOrder(String base, String column) {
        return base + " ORDER BY " + column;
    }
}
