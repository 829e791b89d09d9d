// Uses the older javax.persistence API (JPA 2.x, not on the compile classpath, so javac skips this file): a @RestController returning a javax @Entity.
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Entity
@Table(name = "archived_invoices")
class ArchivedInvoice {

    @Id
    @GeneratedValue
    private Long id;
    private String number;
    private BigDecimal amount;
    private LocalDate archivedOn;

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public BigDecimal getAmount() { return amount; }
    public LocalDate getArchivedOn() { return archivedOn; }
}

interface ArchivedInvoiceRepository extends JpaRepository<ArchivedInvoice, Long> {
    List<ArchivedInvoice> findByArchivedOnBetween(LocalDate from, LocalDate to);
}

@RestController
@RequestMapping("/api/archive/invoices")
class ArchivedInvoiceController {

    private final ArchivedInvoiceRepository archive;

    ArchivedInvoiceController(ArchivedInvoiceRepository archive) {
        this.archive = archive;
    }

    @GetMapping("/year/{year}")
    public List<ArchivedInvoice> invoicesOfYear(@PathVariable int year) { // expect: entity-in-response "`ArchivedInvoice`"
        return archive.findByArchivedOnBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
