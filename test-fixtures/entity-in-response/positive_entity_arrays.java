// Catalog handlers returning an array of the CatalogProduct entity (declared here) and a ResponseEntity of such an array.
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import java.time.Duration;

@Entity
class CatalogProduct {

    @Id
    @GeneratedValue
    private Long id;
    private String sku;
    private String title;
    private BigDecimal price;
    private boolean featured;

    public Long getId() { return id; }
    public String getSku() { return sku; }
    public String getTitle() { return title; }
    public BigDecimal getPrice() { return price; }
    public boolean isFeatured() { return featured; }
}

interface CatalogProductRepository extends JpaRepository<CatalogProduct, Long> {
    List<CatalogProduct> findByFeaturedTrue();
    List<CatalogProduct> findBySkuIn(List<String> skus);
}

@RestController
@RequestMapping("/api/catalog")
class CatalogController {

    private final CatalogProductRepository products;

    CatalogController(CatalogProductRepository products) {
        this.products = products;
    }

    @GetMapping("/featured")
    public CatalogProduct[] featured() { // expect: entity-in-response "`CatalogProduct`"
        return products.findByFeaturedTrue().toArray(CatalogProduct[]::new);
    }

    @GetMapping("/lookup")
    public ResponseEntity<CatalogProduct[]> bySkus(@RequestParam List<String> skus) { // expect: entity-in-response "`CatalogProduct`"
        var found = products.findBySkuIn(skus).toArray(new CatalogProduct[0]);
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5))).body(found);
    }

    @GetMapping("/skus")
    public String[] skus() {
        return products.findAll().stream().map(CatalogProduct::getSku).toArray(String[]::new);
    }
}
