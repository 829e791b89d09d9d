package opt.case34;

import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Service;

@Service
public class LedgerQueryService {

    private final LedgerEntryRepository ledger;

    public LedgerQueryService(LedgerEntryRepository ledger) {
        this.ledger = ledger;
    }

    public long lastAmount(String accountNumber) {
        Optional<LedgerEntry> last = ledger.findTopByAccountNumberOrderBySequenceDesc(accountNumber);
        if (!last.isPresent()) {
            throw new NoSuchElementException("Empty ledger for " + accountNumber);
        } else {
            return last.get().getAmountCents();
        }
    }

    public long largestDebit(String accountNumber) {
        OptionalLong largest = ledger.findByAccountNumber(accountNumber).stream()
                .mapToLong(LedgerEntry::getAmountCents)
                .filter(cents -> cents < 0)
                .min();
        if (largest.isEmpty()) {
            return 0L;
        }
        return -largest.getAsLong();
    }
}
