// In-memory snapshot of the product catalog, refreshed every minute from the catalog
// service; the health endpoint reports its age.
package singletons.case33;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class CatalogSnapshotCache {

    private final ReentrantLock refreshLock = new ReentrantLock();
    private final CatalogClient client;
    private List<CatalogClient.Item> items = List.of();
    private Instant refreshedAt = Instant.EPOCH; // shared

    public CatalogSnapshotCache(CatalogClient client) {
        this.client = client;
    }

    @Scheduled(fixedDelayString = "${catalog.refresh-ms:60000}")
    public void refresh() {
        List<CatalogClient.Item> fresh = client.fetchAll();
        refreshLock.lock();
        try {
            items = List.copyOf(fresh);
        } finally {
            refreshLock.unlock();
        }
        refreshedAt = Instant.now();
    }

    public List<CatalogClient.Item> items() {
        refreshLock.lock();
        try {
            return items;
        } finally {
            refreshLock.unlock();
        }
    }

    public Duration age() {
        return Duration.between(refreshedAt, Instant.now());
    }
}
