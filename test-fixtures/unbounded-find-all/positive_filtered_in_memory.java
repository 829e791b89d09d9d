// Product search handlers that load findAll() or an unbounded derived query and filter, sort and map the rows in memory before returning them.
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

record ProductHit(String sku, String name, int stock) {
}

@RestController
@RequestMapping("/api/products/search")
class ProductSearchController {

    private final ProductRepository productRepository;

    ProductSearchController(ProductRepository productRepository) {
        this.productRepository = productRepository;
    }

    @GetMapping
    public List<ProductHit> search(@RequestParam String q) {
        return productRepository.findByNameContainingIgnoreCase(q).stream() // expect: unbounded-find-all "`findByNameContainingIgnoreCase`"
                .filter(Product::isActive)
                .filter(p -> p.getStock() > 0)
                .map(p -> new ProductHit(p.getSku(), p.getName(), p.getStock()))
                .toList();
    }

    @GetMapping("/cheap")
    public List<Product> cheaperThan(@RequestParam long maxCents) {
        return productRepository.findAll().stream() // expect: unbounded-find-all "`findAll`"
                .filter(p -> p.getPriceCents() <= maxCents)
                .sorted(Comparator.comparingLong(Product::getPriceCents))
                .collect(Collectors.toList());
    }
}
