// Reconciliation of a merchant's ledger against the bank statement; the nightly batch and the
// support console can both start it, and a merchant that is being reconciled is skipped.
package checkthenact.case40;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class LedgerReconciliationService {

    private static final Logger log = LoggerFactory.getLogger(LedgerReconciliationService.class);

    private final Set<Long> inProgress = new ConcurrentSkipListSet<>();
    private final LedgerStatementMatcher matcher;

    public LedgerReconciliationService(LedgerStatementMatcher matcher) {
        this.matcher = matcher;
    }

    public boolean reconcile(long merchantId, LocalDate statementDay) {
        if (inProgress.contains(merchantId)) { // race
            log.info("reconciliation of merchant {} already running", merchantId);
            return false;
        }
        inProgress.add(merchantId);
        try {
            var result = matcher.match(merchantId, statementDay);
            log.info("merchant {} on {}: {} matched, {} open", merchantId, statementDay,
                    result.matched(), result.unmatched());
            return true;
        } finally {
            inProgress.remove(merchantId);
        }
    }

    public Set<Long> running() {
        return Set.copyOf(inProgress);
    }
}
