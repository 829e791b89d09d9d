package opt.case13;

import jakarta.persistence.EntityNotFoundException;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PaymentApplier {

    private final InvoiceRepository invoiceRepository;

    public PaymentApplier(InvoiceRepository invoiceRepository) {
        this.invoiceRepository = invoiceRepository;
    }

    @Transactional
    public Invoice apply(String invoiceNumber, BigDecimal amount, boolean strict) {
        Optional<Invoice> match = invoiceRepository.findByNumber(invoiceNumber);
        if (strict) {
            if (match.isEmpty()) {
                throw new EntityNotFoundException("Unknown invoice " + invoiceNumber);
            }
        }
        Invoice invoice = match.get(); // get
        BigDecimal remaining = invoice.getAmountDue().subtract(amount);
        invoice.setAmountDue(remaining.max(BigDecimal.ZERO));
        if (remaining.signum() <= 0) {
            invoice.setState("PAID");
        }
        return invoiceRepository.save(invoice);
    }
}
