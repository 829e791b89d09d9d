// Full-text product search over the catalogue tables.
package staticfields.case36;

import java.math.BigDecimal;
import java.util.List;

public interface ProductSearchRepository {

    List<ProductHit> searchByText(String text, int limit);

    record ProductHit(String sku, String title, BigDecimal price, double score) {
    }
}
