// Daily reconciliation of card settlements against booked payments, run on a dedicated
// thread so that a hung reconciliation is abandoned after twenty minutes.
package ignoredfutures.case35;

import java.time.LocalDate;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class SettlementReconciliationJob {

    private static final Logger log = LoggerFactory.getLogger(SettlementReconciliationJob.class);

    private final ExecutorService reconciliationThread = Executors.newSingleThreadExecutor();
    private final SettlementReconciler reconciler;

    public SettlementReconciliationJob(SettlementReconciler reconciler) {
        this.reconciler = reconciler;
    }

    @Scheduled(cron = "0 15 4 * * *")
    public void reconcileYesterday() {
        LocalDate day = LocalDate.now().minusDays(1);
        try {
            reconciliationThread.submit(() -> reconciler.reconcile(day)).get(20, TimeUnit.MINUTES);
        } catch (TimeoutException e) {
            log.error("reconciliation of {} did not finish in 20 minutes", day);
        } catch (ExecutionException e) {
            log.error("reconciliation of {} failed", day, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() {
        reconciliationThread.shutdownNow();
    }
}
