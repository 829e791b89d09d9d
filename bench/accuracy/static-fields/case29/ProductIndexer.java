// Re-indexes one product in the storefront search.
package staticfields.case29;

public interface ProductIndexer {

    void reindex(String productId);
}
