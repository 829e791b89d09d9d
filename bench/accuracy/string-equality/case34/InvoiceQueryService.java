package streq.case34;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

@Service
public class InvoiceQueryService {

    private final Map<Long, Invoice> invoices = new ConcurrentHashMap<>();

    public Invoice get(long id) {
        Invoice invoice = invoices.get(id);
        if (invoice == null) {
            throw new NoSuchElementException("invoice " + id);
        }
        if (!Objects.equals(TenantContext.currentTenant(), invoice.tenantId())) {
            throw new NoSuchElementException("invoice " + id);
        }
        return invoice;
    }

    public void store(Invoice invoice) {
        invoices.put(invoice.id(), invoice);
    }
}
