// Back-office price changes: the price row is updated and the product's entry is evicted from
// the cache of every storefront node.
package ignoredfutures.case28;

import java.math.BigDecimal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ProductAdminService {

    private final JdbcClient jdbcClient;
    private final ClusterCacheInvalidator cacheInvalidator;

    public ProductAdminService(JdbcClient jdbcClient, ClusterCacheInvalidator cacheInvalidator) {
        this.jdbcClient = jdbcClient;
        this.cacheInvalidator = cacheInvalidator;
    }

    @Transactional
    public void changePrice(String sku, BigDecimal newPrice, String changedBy) {
        int updated = jdbcClient.sql("UPDATE products SET price = ?, price_changed_by = ? WHERE sku = ?")
                .params(newPrice, changedBy, sku)
                .update();
        if (updated == 0) {
            throw new IllegalArgumentException("unknown sku " + sku);
        }
        jdbcClient.sql("INSERT INTO price_history (sku, price, changed_by) VALUES (?, ?, ?)")
                .params(sku, newPrice, changedBy)
                .update();
        cacheInvalidator.evictEverywhere("products", sku); // dropped
    }
}
