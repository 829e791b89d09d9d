// Warehouse master data: new SKUs are created from the purchasing form; a SKU that already
// exists is refused with 409 so purchasing edits the existing one instead.
package checkthenact.case25;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

@Service
public class SkuService {

    private final CatalogProductRepository products;

    public SkuService(CatalogProductRepository products) {
        this.products = products;
    }

    public CatalogProduct create(NewSkuRequest request) {
        var sku = request.sku().trim().toUpperCase(Locale.ROOT);
        if (products.existsBySku(sku)) { // race
            throw new ResponseStatusException(HttpStatus.CONFLICT, "SKU " + sku + " already exists");
        }
        var product = new CatalogProduct();
        product.setSku(sku);
        product.setName(request.name());
        product.setWeightGrams(request.weightGrams());
        product.setSupplierId(request.supplierId());
        return products.save(product);
    }

    public record NewSkuRequest(String sku, String name, int weightGrams, long supplierId) {
    }
}
