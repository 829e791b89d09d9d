package eval5.case27;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class BillingSummaryController {

    private static final Logger log = LoggerFactory.getLogger(BillingSummaryController.class);

    private final TenantResolver tenantResolver;
    private final InvoiceSummaryDao invoiceSummaryDao;

    public BillingSummaryController(TenantResolver tenantResolver, InvoiceSummaryDao invoiceSummaryDao) {
        this.tenantResolver = tenantResolver;
        this.invoiceSummaryDao = invoiceSummaryDao;
    }

    @GetMapping("/api/billing/summary")
    public Map<String, Object> summary(@RequestHeader("Host") String host) {
        String schema = tenantResolver.schemaFor(host);
        log.debug("billing summary for host {} -> {}", host, schema);
        return invoiceSummaryDao.summary(schema);
    }
}
