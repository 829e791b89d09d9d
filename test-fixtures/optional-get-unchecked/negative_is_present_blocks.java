// get() inside `if (opt.isPresent())` and in the else branch of `if (opt.isEmpty())`, on repository finders in a REST controller.
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@Entity
class Product {
    @Id
    Long id;
    String sku;
    String title;

    String getTitle() {
        return title;
    }
}

interface ProductRepository extends JpaRepository<Product, Long> {

    Optional<Product> findBySku(String sku);
}

@RestController
class ProductController {

    private final ProductRepository products;

    ProductController(ProductRepository products) {
        this.products = products;
    }

    @GetMapping("/products/{id}/title")
    ResponseEntity<String> title(@PathVariable long id) {
        Optional<Product> product = products.findById(id);
        if (product.isPresent()) {
            return ResponseEntity.ok(product.get().getTitle());
        }
        return ResponseEntity.notFound().build();
    }

    @GetMapping("/products/by-sku/{sku}")
    ResponseEntity<String> bySku(@PathVariable String sku) {
        var product = products.findBySku(sku);
        if (product.isEmpty()) {
            return ResponseEntity.notFound().build();
        } else {
            return ResponseEntity.ok(product.get().getTitle());
        }
    }
}
