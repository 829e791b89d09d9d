// A billing dashboard controller that calls findAll() but reduces it to scalars (size(), stream().count(), mapToLong(..).sum(), isEmpty()) or uses count() before responding.
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Entity
@Table(name = "invoices")
class Invoice {

    @Id
    @GeneratedValue
    private Long id;

    private String number;

    private String customerEmail;

    private long amountCents;

    private boolean paid;

    private LocalDate dueDate;

    protected Invoice() {
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getCustomerEmail() {
        return customerEmail;
    }

    public long getAmountCents() {
        return amountCents;
    }

    public boolean isPaid() {
        return paid;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }
}

interface InvoiceRepository extends JpaRepository<Invoice, Long> {

    List<Invoice> findByPaidFalse();

    List<Invoice> findByCustomerEmail(String customerEmail);

    long countByPaidFalse();
}

record BillingSummary(int invoices, long unpaid, long outstandingCents) {
}

@RestController
@RequestMapping("/api/billing/dashboard")
class BillingDashboardController {

    private final InvoiceRepository invoiceRepository;

    BillingDashboardController(InvoiceRepository invoiceRepository) {
        this.invoiceRepository = invoiceRepository;
    }

    @GetMapping("/summary")
    public BillingSummary summary() {
        int total = invoiceRepository.findAll().size();
        long unpaid = invoiceRepository.findByPaidFalse().stream().count();
        long outstanding = invoiceRepository.findByPaidFalse().stream().mapToLong(Invoice::getAmountCents).sum();
        return new BillingSummary(total, unpaid, outstanding);
    }

    @GetMapping("/revenue")
    public Map<String, Long> revenue() {
        long cents = invoiceRepository.findAll().stream()
                .filter(Invoice::isPaid)
                .mapToLong(Invoice::getAmountCents)
                .sum();
        return Map.of("paidCents", cents);
    }

    @GetMapping("/health")
    public ResponseEntity<Map<String, Object>> health() {
        if (invoiceRepository.findAll().isEmpty()) {
            return ResponseEntity.noContent().build();
        }
        return ResponseEntity.ok(Map.of("invoices", invoiceRepository.count(), "unpaid", invoiceRepository.countByPaidFalse()));
    }
}
