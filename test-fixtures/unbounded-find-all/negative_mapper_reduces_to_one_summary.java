// Handlers that hand every row to a converter but return one summary object or a count: the response does not grow with the table.
import java.util.List;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Entity
class LedgerEntry {
    @Id
    Long id;
    long cents;
}

record LedgerSummary(int entries, long totalCents) {
}

interface LedgerEntryRepository extends JpaRepository<LedgerEntry, Long> {
}

@RestController
@RequestMapping("/ledger")
class LedgerSummaryController {

    private final LedgerEntryRepository entries;

    LedgerSummaryController(LedgerEntryRepository entries) {
        this.entries = entries;
    }

    @GetMapping("/summary")
    LedgerSummary summary() {
        return toSummary(entries.findAll());
    }

    @GetMapping("/total")
    Long total() {
        return convertToTotal(entries.findAll());
    }

    private LedgerSummary toSummary(List<LedgerEntry> all) {
        return new LedgerSummary(all.size(), all.stream().mapToLong(e -> e.cents).sum());
    }

    private Long convertToTotal(List<LedgerEntry> all) {
        return all.stream().mapToLong(e -> e.cents).sum();
    }
}
