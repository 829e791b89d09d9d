// Product page views are counted in memory per product and flushed to the database every
// thirty seconds, so a busy product page does not update its row on every view.
package checkthenact.case17;

import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class ProductViewCounter {

    private final ConcurrentHashMap<Long, Long> pendingViews = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;

    public ProductViewCounter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void viewed(long productId) {
        pendingViews.merge(productId, 1L, Long::sum);
    }

    public long pending(long productId) {
        var count = pendingViews.get(productId);
        if (count == null) {
            return 0;
        }
        return count;
    }

    @Scheduled(fixedRate = 30_000)
    public void flush() {
        for (var productId : pendingViews.keySet()) {
            var count = pendingViews.remove(productId);
            if (count != null) {
                jdbc.sql("UPDATE product_stats SET views = views + ? WHERE product_id = ?")
                        .params(count, productId)
                        .update();
            }
        }
    }
}
