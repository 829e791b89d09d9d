// Evicts a cache entry on every storefront node by calling each node's eviction endpoint in
// parallel; the returned future completes when all nodes have answered.
package ignoredfutures.case28;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class ClusterCacheInvalidator {

    private final RestClient restClient;
    private final List<URI> nodes;
    private final ExecutorService evictionPool = Executors.newVirtualThreadPerTaskExecutor();

    public ClusterCacheInvalidator(RestClient.Builder builder, @Value("${storefront.nodes}") List<URI> nodes) {
        this.restClient = builder.build();
        this.nodes = nodes;
    }

    public CompletableFuture<Void> evictEverywhere(String cacheName, String key) {
        CompletableFuture<?>[] calls = nodes.stream()
                .map(node -> CompletableFuture.runAsync(() -> evictOn(node, cacheName, key), evictionPool))
                .toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(calls);
    }

    private void evictOn(URI node, String cacheName, String key) {
        restClient.delete()
                .uri(node.resolve("/internal/caches/" + cacheName + "/" + key))
                .retrieve()
                .toBodilessEntity();
    }
}
