// Pushes changed products to the search index from a Guava listening pool owned by the
// component; the pool is drained when the context closes.
package ignoredfutures.case08;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.Executors;

import com.google.common.util.concurrent.ListeningExecutorService;
import com.google.common.util.concurrent.MoreExecutors;
import com.google.common.util.concurrent.ThreadFactoryBuilder;
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

@Component
public class ProductSearchIndexer {

    private final ListeningExecutorService indexPool = MoreExecutors.listeningDecorator(
            Executors.newFixedThreadPool(2, new ThreadFactoryBuilder().setNameFormat("indexer-%d").build()));
    private final SearchIndexClient indexClient;

    public ProductSearchIndexer(SearchIndexClient indexClient) {
        this.indexClient = indexClient;
    }

    public void reindex(Collection<IndexedProduct> products) {
        for (var product : products) {
            indexPool.submit(() -> indexClient.upsert("products", product.sku(), toDocument(product))); // dropped
        }
    }

    private static Map<String, Object> toDocument(IndexedProduct product) {
        return Map.of(
                "sku", product.sku(),
                "title", product.title(),
                "price", product.priceCents(),
                "inStock", product.stock() > 0);
    }

    @PreDestroy
    void drain() {
        MoreExecutors.shutdownAndAwaitTermination(indexPool, Duration.ofSeconds(20));
    }

    public record IndexedProduct(String sku, String title, long priceCents, int stock) {
    }
}
