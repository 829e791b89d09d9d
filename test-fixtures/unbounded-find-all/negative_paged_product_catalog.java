// A product catalog controller that reads only pages and slices: findAll(Pageable), findAll(PageRequest.of(..)), derived queries with a Pageable, and getContent() of a page.
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Entity
@Table(name = "products")
class Product {

    @Id
    @GeneratedValue
    private Long id;

    private String sku;

    private String name;

    private String category;

    private long priceCents;

    private int stock;

    private boolean active;

    private Instant createdAt;

    protected Product() {
    }

    public Long getId() {
        return id;
    }

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public String getCategory() {
        return category;
    }

    public long getPriceCents() {
        return priceCents;
    }

    public int getStock() {
        return stock;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

interface ProductRepository extends JpaRepository<Product, Long> {

    Page<Product> findByCategory(String category, Pageable pageable);

    Slice<Product> findByActiveTrue(Pageable pageable);

    List<Product> findByNameContainingIgnoreCase(String fragment);
}

@RestController
@RequestMapping("/api/catalog")
class ProductCatalogController {

    private static final int MAX_PAGE_SIZE = 100;

    private final ProductRepository productRepository;

    ProductCatalogController(ProductRepository productRepository) {
        this.productRepository = productRepository;
    }

    @GetMapping
    public Page<Product> list(@PageableDefault(size = 20, sort = "name") Pageable pageable) {
        return productRepository.findAll(pageable);
    }

    @GetMapping("/newest")
    public List<Product> newest(@RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "25") int size) {
        var request = PageRequest.of(page, Math.min(size, MAX_PAGE_SIZE), Sort.by(Sort.Direction.DESC, "createdAt"));
        return productRepository.findAll(request).getContent();
    }

    @GetMapping("/category/{category}")
    public Page<Product> byCategory(@PathVariable String category, Pageable pageable) {
        return productRepository.findByCategory(category, pageable);
    }

    @GetMapping("/active")
    public Slice<Product> active(@RequestParam(defaultValue = "0") int page) {
        return productRepository.findByActiveTrue(PageRequest.of(page, 50));
    }
}
