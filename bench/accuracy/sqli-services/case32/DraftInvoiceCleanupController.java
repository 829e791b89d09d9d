package eval2.case32;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/billing/drafts")
public class DraftInvoiceCleanupController {

    private static final Logger log = LoggerFactory.getLogger(DraftInvoiceCleanupController.class);

    private final JdbcTemplate jdbcTemplate;

    public DraftInvoiceCleanupController(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @Transactional
    @DeleteMapping
    public ResponseEntity<Map<String, Object>> purge(@RequestParam("customer") String customerCode,
                                                     @RequestParam(value = "olderThanDays", defaultValue = "30") int olderThanDays) {
        Map<String, String> criteria = new LinkedHashMap<>();
        criteria.put("status", "DRAFT");
        criteria.put("customer", customerCode);
        criteria.put("age", String.valueOf(Math.max(olderThanDays, 7)));

        jdbcTemplate.update("DELETE FROM invoice_lines WHERE invoice_id IN (SELECT id FROM invoices WHERE status = 'DRAFT' AND created_at < CURRENT_DATE - 365)");

        String sql = "DELETE FROM invoices WHERE status = '" + criteria.get("status") + "'"
                + " AND customer_code = '" + criteria.get("customer") + "'"
                + " AND created_at < CURRENT_DATE - " + criteria.get("age");
        int deleted = jdbcTemplate.update(sql); // sink

        log.info("purged {} draft invoices for customer {} ({})", deleted, customerCode, criteria);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customer", customerCode);
        body.put("deleted", deleted);
        return ResponseEntity.ok(body);
    }
}
