// Product catalogue refresh from the PIM system, with a health indicator that reports when the
// last refresh finished.
package staticfields.case29;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class CatalogRefreshJob implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(CatalogRefreshJob.class);
    private static final Duration STALE_AFTER = Duration.ofHours(2);
    private static volatile boolean refreshing = false;
    private static volatile Instant lastRefresh; // static

    private final PimClient pim;
    private final ProductIndexer indexer;

    public CatalogRefreshJob(PimClient pim, ProductIndexer indexer) {
        this.pim = pim;
        this.indexer = indexer;
    }

    @Scheduled(cron = "0 */15 * * * *")
    public void refresh() {
        refreshing = true;
        try {
            var changed = pim.changedSince(lastRefresh == null ? Instant.EPOCH : lastRefresh);
            changed.forEach(indexer::reindex);
            lastRefresh = Instant.now();
            log.info("catalogue refresh indexed {} products", changed.size());
        } finally {
            refreshing = false;
        }
    }

    @Override
    public Health health() {
        var last = lastRefresh;
        if (last == null || last.isBefore(Instant.now().minus(STALE_AFTER))) {
            return Health.down().withDetail("lastRefresh", String.valueOf(last)).withDetail("running", refreshing).build();
        }
        return Health.up().withDetail("lastRefresh", last.toString()).build();
    }
}
