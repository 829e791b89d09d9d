// Client of the catalog service's bulk export.
package singletons.case33;

import java.util.List;

public interface CatalogClient {

    List<Item> fetchAll();

    record Item(String sku, String title, long priceCents, boolean active) {
    }
}
