// Loads the product catalog into memory when the application is ready, without delaying
// start-up; the running warm-up is kept so health checks can report on it.
package ignoredfutures.case21;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class ProductCatalogWarmup {

    private static final Logger log = LoggerFactory.getLogger(ProductCatalogWarmup.class);

    private final JdbcClient jdbcClient;
    private final Executor warmupExecutor;
    private final Map<String, String> titlesBySku = new ConcurrentHashMap<>();
    private volatile CompletableFuture<Void> warmup = CompletableFuture.completedFuture(null);

    public ProductCatalogWarmup(JdbcClient jdbcClient, @Qualifier("warmupExecutor") Executor warmupExecutor) {
        this.jdbcClient = jdbcClient;
        this.warmupExecutor = warmupExecutor;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onReady() {
        warmup = CompletableFuture.runAsync(this::loadAll, warmupExecutor)
                .whenComplete((ok, ex) -> {
                    if (ex != null) {
                        log.error("catalog warm-up failed", ex);
                    } else {
                        log.info("catalog warm-up loaded {} products", titlesBySku.size());
                    }
                });
    }

    public void reloadSku(String sku) {
        CompletableFuture<Void> reload = CompletableFuture.runAsync(() -> loadOne(sku), warmupExecutor)
                .exceptionally(ex -> {
                    log.warn("reload of {} failed", sku, ex);
                    return null;
                });
        log.debug("reload of {} scheduled: {}", sku, reload);
    }

    public boolean isWarm() {
        return warmup.isDone() && !warmup.isCompletedExceptionally();
    }

    private void loadAll() {
        List<Map<String, Object>> rows = jdbcClient.sql("SELECT sku, title FROM products WHERE active = true")
                .query()
                .listOfRows();
        rows.forEach(row -> titlesBySku.put((String) row.get("sku"), (String) row.get("title")));
    }

    private void loadOne(String sku) {
        jdbcClient.sql("SELECT title FROM products WHERE sku = ?")
                .param(sku)
                .query(String.class)
                .optional()
                .ifPresentOrElse(title -> titlesBySku.put(sku, title), () -> titlesBySku.remove(sku));
    }
}
