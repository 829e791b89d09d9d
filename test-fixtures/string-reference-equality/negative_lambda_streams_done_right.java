// A product search service whose lambdas and streams compare Strings with equals and compare enums and ints with ==.
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;

enum ListingVisibility {
    PUBLIC,
    HIDDEN
}

record ProductListing(String sku, String name, ListingVisibility visibility, int stock) {
}

@Service
public class ProductSearchService {

    private final List<ProductListing> listings;

    public ProductSearchService(List<ProductListing> listings) {
        this.listings = List.copyOf(listings);
    }

    public Optional<ProductListing> byName(String wanted) {
        return listings.stream().filter(r -> r.name().equals(wanted)).findFirst();
    }

    public boolean hasSku(String sku) {
        return listings.stream().map(ProductListing::sku).anyMatch(sku::equals);
    }

    public List<ProductListing> visibleInStock() {
        return listings.stream()
                .filter(p -> p.visibility() == ListingVisibility.PUBLIC)
                .filter(p -> p.stock() != 0)
                .toList();
    }

    public long countNamed(String name) {
        Predicate<String> same = n -> Objects.equals(n, name);
        return listings.stream().map(ProductListing::name).filter(same).count();
    }
}
