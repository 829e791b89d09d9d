// Request data passed through methods of another class whose return does not depend on it (fixed identifiers, numbers, ignored argument) before it reaches SQL.
import jakarta.servlet.http.HttpServletRequest;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class InvoiceArchiveController {

    private final JdbcTemplate jdbcTemplate;
    private final InvoiceSqlCleaners cleaners = new InvoiceSqlCleaners();

    InvoiceArchiveController(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/archive/invoices")
    List<Map<String, Object>> sorted(@RequestParam String sort) {
        String column = InvoiceSqlCleaners.safeColumn(sort);
        return jdbcTemplate.queryForList("SELECT id, customer_name, total_cents FROM invoices ORDER BY " + column);
    }

    @GetMapping("/archive/invoices/{id}")
    Map<String, Object> one(@PathVariable String id) {
        return jdbcTemplate.queryForMap("SELECT id, total_cents FROM invoices WHERE id = " + InvoiceSqlCleaners.digitsOnly(id));
    }

    @GetMapping("/archive/invoices/regional")
    List<Map<String, Object>> regional(@RequestHeader("X-Region") String region) {
        String sql = "SELECT id, total_cents FROM " + InvoiceSqlCleaners.tableFor(region) + " ORDER BY id";
        return jdbcTemplate.queryForList(sql);
    }

    @PostMapping("/archive/invoices/paid")
    int markPaid(HttpServletRequest request) {
        String customer = InvoiceSqlCleaners.digitsOnly(request.getParameter("customer"));
        String paid = cleaners.yesNo(request.getParameter("paid"));
        return jdbcTemplate.update("UPDATE invoices SET paid = " + paid + " WHERE customer_id = " + customer);
    }
}

final class InvoiceSqlCleaners {

    static String safeColumn(String requested) {
        switch (requested) {
            case "name":
            case "customer":
                return "customer_name";
            case "total":
                return "total_cents";
            default:
                return "id";
        }
    }

    static String digitsOnly(String s) {
        return String.valueOf(Long.parseLong(s));
    }

    static String tableFor(String region) {
        return "invoices_eu";
    }

    String yesNo(String flag) {
        return Boolean.parseBoolean(flag) ? "TRUE" : "FALSE";
    }
}
