// A catalog service that compares Strings with == inside lambdas and stream pipelines.
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;

record CatalogItem(String sku, String name, String category, int stock) {
}

@Service
public class CatalogQueryService {

    private static final String DEFAULT_CATEGORY = "misc";

    private final List<CatalogItem> items = new ArrayList<>();
    private final List<String> discontinuedSkus = new ArrayList<>();

    public Optional<CatalogItem> findByName(String wanted) {
        return items.stream().filter(r -> r.name() == wanted).findFirst(); // expect: string-reference-equality "`r.name()`"
    }

    public long countDiscontinued(String sku) {
        return discontinuedSkus.stream().filter(s -> s == sku).count(); // expect: string-reference-equality "`s`"
    }

    public void remove(String sku) {
        items.removeIf(item -> item.sku() == sku); // expect: string-reference-equality "`item.sku()`"
    }

    public List<CatalogItem> uncategorized() {
        Predicate<String> isDefault = c -> c == DEFAULT_CATEGORY; // expect: string-reference-equality "`c`"
        return items.stream().filter(i -> isDefault.test(i.category())).toList();
    }

    public boolean sameCategory(CatalogItem a, CatalogItem b) {
        BiPredicate<String, String> same = (x, y) -> x == y; // expect: string-reference-equality "`x`"
        return same.test(a.category(), b.category());
    }

    public boolean anyOutOfStock() {
        return items.stream().anyMatch(i -> i.stock() == 0);
    }
}
