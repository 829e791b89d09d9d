// A @Controller annotated @ResponseBody at class level whose @RequestMapping(method = ..) handlers return the Invoice entity declared here.
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;

@Entity
class Invoice {

    @Id
    @GeneratedValue
    private Long id;
    private String number;
    private BigDecimal amount;
    private LocalDate issuedOn;

    @ManyToOne
    private Customer billedTo;

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public BigDecimal getAmount() { return amount; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public void setIssuedOn(LocalDate issuedOn) { this.issuedOn = issuedOn; }
    public Customer getBilledTo() { return billedTo; }
}

interface InvoiceRepository extends JpaRepository<Invoice, Long> {
    List<Invoice> findByBilledToIdOrderByIssuedOnDesc(Long customerId);
}

@Controller
@ResponseBody
@RequestMapping("/api/invoices")
class InvoiceApiController {

    private final InvoiceRepository invoices;

    InvoiceApiController(InvoiceRepository invoices) {
        this.invoices = invoices;
    }

    @RequestMapping(value = "/{id}", method = RequestMethod.GET)
    public Invoice invoice(@PathVariable Long id) { // expect: entity-in-response "`Invoice`"
        return invoices.findById(id).orElseThrow();
    }

    @RequestMapping(value = "/customer/{customerId}", method = RequestMethod.GET)
    public List<Invoice> invoicesOfCustomer(@PathVariable Long customerId) { // expect: entity-in-response "`Invoice`"
        return invoices.findByBilledToIdOrderByIssuedOnDesc(customerId);
    }

    @RequestMapping(method = RequestMethod.POST)
    public Invoice issue(@RequestBody Invoice draft) { // expect: entity-in-response "`Invoice`"
        draft.setIssuedOn(LocalDate.now());
        return invoices.save(draft);
    }

    @RequestMapping(value = "/{id}", method = RequestMethod.HEAD)
    public void exists(@PathVariable Long id) {
        invoices.findById(id).orElseThrow();
    }
}
