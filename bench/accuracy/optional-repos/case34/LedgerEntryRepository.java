package opt.case34;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LedgerEntryRepository extends JpaRepository<LedgerEntry, Long> {

    List<LedgerEntry> findByAccountNumber(String accountNumber);

    Optional<LedgerEntry> findTopByAccountNumberOrderBySequenceDesc(String accountNumber);
}
