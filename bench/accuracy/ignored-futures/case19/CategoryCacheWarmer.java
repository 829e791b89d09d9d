// Keeps the storefront's category cache warm: every five minutes the category tree is read
// from the catalog service into a local map that page rendering uses.
package ignoredfutures.case19;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

@Component
public class CategoryCacheWarmer {

    private final WebClient catalogWebClient;
    private final Map<String, CatalogCategory> categories = new ConcurrentHashMap<>();

    public CategoryCacheWarmer(WebClient catalogWebClient) {
        this.catalogWebClient = catalogWebClient;
    }

    @Scheduled(fixedRate = 300_000)
    public void warmUp() {
        catalogWebClient.get() // dropped
                .uri("/categories?include=children")
                .retrieve()
                .bodyToFlux(CatalogCategory.class)
                .doOnNext(category -> categories.put(category.slug(), category));
    }

    public Optional<CatalogCategory> bySlug(String slug) {
        return Optional.ofNullable(categories.get(slug));
    }

    public List<CatalogCategory> roots() {
        return categories.values().stream().filter(c -> c.parentSlug() == null).toList();
    }
}
