// JPA EntityManager.find results dereferenced without a check: directly, through a var local and through a field of the entity.
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.PersistenceContext;

@Entity
class SupplierInvoice {
    @Id
    Long id;
    String status;
    BigDecimal total;
    List<String> lineSkus = new ArrayList<>();

    String getStatus() {
        return status;
    }

    void setStatus(String status) {
        this.status = status;
    }
}

class SupplierInvoiceService {

    @PersistenceContext
    private EntityManager entityManager;

    void approve(long invoiceId) {
        SupplierInvoice invoice = entityManager.find(SupplierInvoice.class, invoiceId);
        invoice.setStatus("APPROVED");  // expect: null-dereference "find("
    }

    BigDecimal total(long invoiceId) {
        var invoice = entityManager.find(SupplierInvoice.class, invoiceId);
        return invoice.total;  // expect: null-dereference "find("
    }

    int lineCount(long invoiceId) {
        return entityManager.find(SupplierInvoice.class, invoiceId).lineSkus.size();  // expect: null-dereference "find("
    }
}
