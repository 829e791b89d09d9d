// Catalog lookups used by the storefront servlets; the implementation lives in the
// search module and is put into the servlet context at startup.
package singletons.case02;

import java.math.BigDecimal;
import java.util.List;

public interface ProductCatalog {

    List<Hit> search(String term, int limit);

    String suggest(String term);

    record Hit(String sku, String title, BigDecimal price) {
    }
}
