// On the first of each month the previous month's ledger is archived to cold storage on the
// archive executor; success and failure are reported through callbacks.
package ignoredfutures.case38;

import java.nio.file.Path;
import java.time.YearMonth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncListenableTaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.concurrent.ListenableFuture;

@Component
public class MonthlyArchiveScheduler {

    private static final Logger log = LoggerFactory.getLogger(MonthlyArchiveScheduler.class);

    private final AsyncListenableTaskExecutor archiveExecutor;
    private final LedgerArchiver archiver;

    public MonthlyArchiveScheduler(@Qualifier("archiveExecutor") AsyncListenableTaskExecutor archiveExecutor,
                                   LedgerArchiver archiver) {
        this.archiveExecutor = archiveExecutor;
        this.archiver = archiver;
    }

    @Scheduled(cron = "0 0 3 1 * *")
    public void archivePreviousMonth() {
        YearMonth month = YearMonth.now().minusMonths(1);
        ListenableFuture<Path> archive = archiveExecutor.submitListenable(() -> archiver.archive(month));
        archive.addCallback(
                path -> log.info("ledger of {} archived to {}", month, path),
                ex -> log.error("archiving the ledger of {} failed", month, ex));
    }
}
