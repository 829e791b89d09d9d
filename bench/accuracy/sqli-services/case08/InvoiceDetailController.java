package eval2.case08;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/invoices")
public class InvoiceDetailController {

    private static final Logger log = LoggerFactory.getLogger(InvoiceDetailController.class);

    private final JdbcTemplate jdbcTemplate;

    public InvoiceDetailController(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/{invoiceId}")
    public ResponseEntity<Map<String, Object>> invoice(@PathVariable long invoiceId,
                                                       @RequestParam(defaultValue = "0") int revision,
                                                       @RequestHeader(value = "X-Request-Id", required = false) String requestId) {
        log.info("[{}] loading invoice {} revision {}", requestId, invoiceId, revision);
        if (invoiceId <= 0 || revision < 0) {
            return ResponseEntity.badRequest().build();
        }

        String sql = "SELECT i.id, i.invoice_number, i.amount_due, i.currency, i.status "
                + "FROM invoice_revisions i WHERE i.id = " + invoiceId;
        if (revision > 0) {
            sql += " AND i.revision = " + revision;
        } else {
            sql += " AND i.is_current = true";
        }

        try {
            Map<String, Object> row = jdbcTemplate.queryForMap(sql); // sink
            return ResponseEntity.ok(row);
        } catch (EmptyResultDataAccessException notFound) {
            log.debug("[{}] invoice {} not found", requestId, invoiceId);
            return ResponseEntity.notFound().build();
        }
    }
}
