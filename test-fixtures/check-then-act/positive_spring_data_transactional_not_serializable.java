// Check-then-save inside transactions that do not serialise it: plain @Transactional on the method, @Transactional on the class, READ_COMMITTED and REPEATABLE_READ isolation, and a unique constraint that covers a different column than the one looked up; one SERIALIZABLE method stays unmarked.
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

@Entity
@Table(name = "invoice", uniqueConstraints = @UniqueConstraint(columnNames = "invoice_number"))
class Invoice {

    @Id
    @GeneratedValue
    private Long id;

    private String invoiceNumber;

    @Column(name = "purchase_order_ref")
    private String purchaseOrderRef;

    private String customerId;

    private LocalDate periodStart;

    protected Invoice() {
    }

    Invoice(String invoiceNumber, String purchaseOrderRef, String customerId, LocalDate periodStart) {
        this.invoiceNumber = invoiceNumber;
        this.purchaseOrderRef = purchaseOrderRef;
        this.customerId = customerId;
        this.periodStart = periodStart;
    }
}

interface InvoiceRepository extends JpaRepository<Invoice, Long> {

    boolean existsByPurchaseOrderRef(String purchaseOrderRef);

    boolean existsByCustomerIdAndPeriodStart(String customerId, LocalDate periodStart);

    Optional<Invoice> findByPurchaseOrderRef(String purchaseOrderRef);

    boolean existsByInvoiceNumber(String invoiceNumber);
}

@Service
class InvoiceService {

    private final InvoiceRepository invoiceRepository;

    InvoiceService(InvoiceRepository invoiceRepository) {
        this.invoiceRepository = invoiceRepository;
    }

    @Transactional
    Invoice invoicePurchaseOrder(String purchaseOrderRef, String customerId) {
        if (invoiceRepository.existsByPurchaseOrderRef(purchaseOrderRef)) { // expect: check-then-act "`invoiceRepository`"
            throw new IllegalStateException("purchase order %s already invoiced".formatted(purchaseOrderRef));
        }
        var number = "INV-" + System.currentTimeMillis();
        return invoiceRepository.save(new Invoice(number, purchaseOrderRef, customerId, LocalDate.now()));
    }

    @Transactional(isolation = Isolation.REPEATABLE_READ)
    void invoicePeriod(String customerId, LocalDate periodStart) {
        if (!invoiceRepository.existsByCustomerIdAndPeriodStart(customerId, periodStart)) { // expect: check-then-act "`invoiceRepository`"
            invoiceRepository.save(new Invoice("INV-" + customerId + "-" + periodStart, null, customerId, periodStart));
        }
    }

    @Transactional(isolation = Isolation.SERIALIZABLE)
    void invoicePeriodStrict(String customerId, LocalDate periodStart) {
        if (!invoiceRepository.existsByCustomerIdAndPeriodStart(customerId, periodStart)) {
            invoiceRepository.save(new Invoice("INV-" + customerId + "-" + periodStart, null, customerId, periodStart));
        }
    }

    @Transactional
    void importNumbered(String invoiceNumber, String customerId) {
        if (!invoiceRepository.existsByInvoiceNumber(invoiceNumber)) {
            invoiceRepository.save(new Invoice(invoiceNumber, null, customerId, LocalDate.now()));
        }
    }
}

@Service
@Transactional
class PurchaseOrderIntake {

    private final InvoiceRepository invoices;

    PurchaseOrderIntake(InvoiceRepository invoices) {
        this.invoices = invoices;
    }

    void accept(String purchaseOrderRef, String customerId) {
        var existing = invoices.findByPurchaseOrderRef(purchaseOrderRef);
        if (existing.isPresent()) { // expect: check-then-act "`invoices`"
            return;
        }
        invoices.save(new Invoice("PO-" + purchaseOrderRef, purchaseOrderRef, customerId, LocalDate.now()));
    }

    @Transactional(isolation = Isolation.READ_COMMITTED, timeout = 5)
    void acceptDraft(String purchaseOrderRef, String customerId) {
        if (invoices.findByPurchaseOrderRef(purchaseOrderRef).isEmpty()) { // expect: check-then-act "`invoices`"
            invoices.saveAndFlush(new Invoice("DRAFT-" + purchaseOrderRef, purchaseOrderRef, customerId, LocalDate.now()));
        }
    }
}
