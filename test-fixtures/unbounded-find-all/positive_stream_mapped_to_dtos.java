// Handlers that map findAll() of the product repository (declared in another file) to DTO records with stream().map(..).toList() and collect(..).
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

record ProductSummary(Long id, String sku, String name, long priceCents) {

    static ProductSummary of(Product product) {
        return new ProductSummary(product.getId(), product.getSku(), product.getName(), product.getPriceCents());
    }
}

@RestController
@RequestMapping("/api/products")
class ProductController {

    private final ProductRepository productRepository;

    ProductController(ProductRepository productRepository) {
        this.productRepository = productRepository;
    }

    @GetMapping
    public List<ProductSummary> list() {
        return productRepository.findAll().stream().map(ProductSummary::of).toList(); // expect: unbounded-find-all "`findAll`"
    }

    @GetMapping("/skus")
    public Set<String> skus() {
        return productRepository.findAll() // expect: unbounded-find-all "`findAll`"
                .stream()
                .map(Product::getSku)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @GetMapping("/count")
    public long count() {
        return productRepository.count();
    }
}
