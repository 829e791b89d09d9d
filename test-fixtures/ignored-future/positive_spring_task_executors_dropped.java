// Spring task executors whose futures are dropped: ThreadPoolTaskExecutor.submit and submitListenable, AsyncListenableTaskExecutor.submitListenable, AsyncTaskExecutor.submitCompletable.
import java.time.LocalDate;
import java.util.List;

import org.springframework.core.task.AsyncListenableTaskExecutor;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;

record LedgerEntry(String account, long amountInCents, LocalDate bookedOn) {
}

@Service
class LedgerReconciliationService {

    private final ThreadPoolTaskExecutor reconciliationExecutor;
    private final AsyncListenableTaskExecutor legacyExecutor;
    private final AsyncTaskExecutor applicationTaskExecutor;

    LedgerReconciliationService(ThreadPoolTaskExecutor reconciliationExecutor,
            AsyncListenableTaskExecutor legacyExecutor, AsyncTaskExecutor applicationTaskExecutor) {
        this.reconciliationExecutor = reconciliationExecutor;
        this.legacyExecutor = legacyExecutor;
        this.applicationTaskExecutor = applicationTaskExecutor;
    }

    void reconcile(LocalDate day, List<LedgerEntry> entries) {
        reconciliationExecutor.submit(() -> compare(day, entries)); // expect: ignored-future "`submit()`"
        reconciliationExecutor.submitListenable(() -> totals(entries)); // expect: ignored-future "`submitListenable()`"
    }

    void exportToLegacyLedger(List<LedgerEntry> entries) {
        legacyExecutor.submitListenable(() -> { // expect: ignored-future "`submitListenable()`"
            entries.forEach(this::sendToMainframe);
        });
    }

    void closeDay(LocalDate day) {
        applicationTaskExecutor.submitCompletable(() -> archive(day)); // expect: ignored-future "`submitCompletable()`"
    }

    private void compare(LocalDate day, List<LedgerEntry> entries) {
        if (entries.stream().anyMatch(e -> !e.bookedOn().equals(day))) {
            throw new IllegalStateException("entries of another day in the batch of " + day);
        }
    }

    private long totals(List<LedgerEntry> entries) {
        return entries.stream().mapToLong(LedgerEntry::amountInCents).sum();
    }

    private void sendToMainframe(LedgerEntry entry) {
        if (entry.account().isBlank()) {
            throw new IllegalArgumentException("entry without account");
        }
    }

    private void archive(LocalDate day) {
        if (day.isAfter(LocalDate.now())) {
            throw new IllegalArgumentException("cannot archive the future");
        }
    }
}
