package opt.case04;

import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/products")
public class ProductController {

    private final ProductRepository productRepository;

    public ProductController(ProductRepository productRepository) {
        this.productRepository = productRepository;
    }

    @GetMapping("/by-sku/{sku}")
    public ResponseEntity<ProductView> bySku(@PathVariable String sku) {
        Optional<Product> found = productRepository.findBySku(sku.trim().toUpperCase());
        if (found.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        Product product = found.get();
        return ResponseEntity.ok(new ProductView(product.getSku(), product.getName(), product.getPrice().toPlainString()));
    }

    public record ProductView(String sku, String name, String price) {
    }
}
