package com.shelfwise.catalog.web;

import com.shelfwise.catalog.product.ProductRepository;
import com.shelfwise.catalog.product.ProductRepository.ProductSummary;
import org.springframework.data.domain.Limit;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/catalog/products")
public class ProductSearchController {

    private static final int MAX_RESULTS = 50;

    private final ProductRepository products;

    public ProductSearchController(ProductRepository products) {
        this.products = products;
    }

    @GetMapping("/search")
    public ResponseEntity<List<ProductSummary>> search(@RequestParam("q") String query,
                                                       @RequestParam(defaultValue = "20") int limit) {
        if (query.isBlank()) {
            return ResponseEntity.badRequest().build();
        }
        int capped = Math.min(Math.max(limit, 1), MAX_RESULTS);
        List<ProductSummary> hits = products.findByNameContainingIgnoreCaseAndActiveTrue(query.trim(), Limit.of(capped));
        return ResponseEntity.ok(hits);
    }
}
