package nulls.case26;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.Id;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class InvoicePaymentService {

    @Entity
    public static class Invoice {

        @Id
        private Long id;
        private long customerId;
        private BigDecimal amountDue = BigDecimal.ZERO;
        private LocalDate dueOn;
        private LocalDate paidOn;

        public long getCustomerId() {
            return customerId;
        }

        public boolean isOverdue(LocalDate today) {
            return paidOn == null && dueOn != null && dueOn.isBefore(today);
        }

        public void markPaid(BigDecimal amount, LocalDate on) {
            this.amountDue = amountDue.subtract(amount);
            this.paidOn = on;
        }
    }

    @PersistenceContext
    private EntityManager entityManager;

    @Transactional
    public void registerPayment(long invoiceId, BigDecimal amount) {
        Invoice invoice = entityManager.find(Invoice.class, invoiceId);
        if (invoice == null) {
            throw new EntityNotFoundException("invoice " + invoiceId + " does not exist");
        }
        invoice.markPaid(amount, LocalDate.now());
    }

    @Transactional(readOnly = true)
    public boolean isOverdue(long invoiceId, LocalDate today) {
        Invoice invoice = entityManager.find(Invoice.class, invoiceId);
        return invoice != null && invoice.isOverdue(today);
    }

    @Transactional(readOnly = true)
    public long customerOf(long invoiceId) {
        return entityManager.getReference(Invoice.class, invoiceId).getCustomerId();
    }
}
