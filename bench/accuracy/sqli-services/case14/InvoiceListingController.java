package eval2.case14;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tenants/invoices")
public class InvoiceListingController {

    private static final Logger log = LoggerFactory.getLogger(InvoiceListingController.class);

    private final JdbcClient jdbcClient;

    public InvoiceListingController(JdbcClient jdbcClient) {
        this.jdbcClient = jdbcClient;
    }

    @GetMapping
    public List<Map<String, Object>> list(@RequestParam("tenantId") String tenantId,
                                          @RequestParam(value = "view", defaultValue = "compact") String view,
                                          @RequestParam(value = "unpaidOnly", defaultValue = "false") String unpaidOnly) {
        log.debug("invoice listing tenant={} view={} unpaidOnly={}", tenantId, view, unpaidOnly);

        String columns = view;
        if ("compact".equalsIgnoreCase(columns)) {
            columns = "i.id, i.invoice_number, i.total";
        } else if ("full".equalsIgnoreCase(columns)) {
            columns = "i.id, i.invoice_number, i.total, i.customer_id, i.billing_address, i.due_on, i.notes";
        } else {
            log.info("unknown invoice view '{}', using compact", view);
            columns = "i.id, i.invoice_number, i.total";
        }

        String filter = "unpaid".equals(unpaidOnly) || "true".equals(unpaidOnly)
                ? " AND i.paid_on IS NULL"
                : "";

        String sql = "SELECT " + columns + " FROM invoices i WHERE i.tenant_id = :tenant" + filter + " ORDER BY i.due_on";
        return jdbcClient.sql(sql).param("tenant", tenantId).query().listOfRows(); // sink
    }
}
