package eval2.case43;

import java.util.List;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class UnpaidInvoiceController {

    private static final Logger log = LoggerFactory.getLogger(UnpaidInvoiceController.class);

    private final SessionFactory sessionFactory;

    public UnpaidInvoiceController(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    @Transactional(readOnly = true)
    @GetMapping("/api/invoices/unpaid")
    public ResponseEntity<List<Invoice>> unpaid(@RequestHeader("X-Tenant-Id") String tenantHeader) {
        long tenantId;
        try {
            tenantId = TenantHeaders.tenantId(tenantHeader);
        } catch (NumberFormatException e) {
            log.warn("rejecting request with malformed tenant header '{}'", tenantHeader);
            return ResponseEntity.badRequest().build();
        }

        String hql = "from Invoice i where i.tenantId = " + tenantId + " and i.paidOn is null order by i.dueOn";
        Session session = sessionFactory.getCurrentSession();
        List<Invoice> invoices = session.createQuery(hql, Invoice.class).setMaxResults(500).list(); // sink
        return ResponseEntity.ok(invoices);
    }
}

final class TenantHeaders {

    private TenantHeaders() {
    }

    /** Tenant ids are numeric; the gateway sometimes sends them zero-padded or with whitespace. */
    static long tenantId(String header) {
        if (header == null) {
            throw new NumberFormatException("missing tenant header");
        }
        return Long.valueOf(header.trim());
    }
}
