// Storefront product search, remembering the latest queries for the trending box.
package staticfields.case36;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

@SearchUseCase
public class ProductSearch {

    private static final int TRENDING_SIZE = 10;
    private static final Deque<String> RECENT_QUERIES = new ArrayDeque<>(); // static

    private final ProductSearchRepository repository;

    public ProductSearch(ProductSearchRepository repository) {
        this.repository = repository;
    }

    public List<ProductSearchRepository.ProductHit> search(String query, int limit) {
        var normalized = query.strip().toLowerCase(Locale.ROOT);
        RECENT_QUERIES.add(normalized);
        if (RECENT_QUERIES.size() > TRENDING_SIZE) {
            RECENT_QUERIES.remove();
        }
        return repository.searchByText(normalized, Math.min(limit, 100));
    }

    public List<String> trending() {
        return RECENT_QUERIES.stream().distinct().toList();
    }
}
