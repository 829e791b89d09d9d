package com.northwind.catalog.products;

import java.math.BigDecimal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/products")
public class ProductController {

    private final ProductRepository productRepository;

    public ProductController(ProductRepository productRepository) {
        this.productRepository = productRepository;
    }

    public record ProductView(String sku, String name, BigDecimal price) {
        static ProductView from(Product product) {
            return new ProductView(product.getSku(), product.getName(), product.getPrice());
        }
    }

    @GetMapping
    public Page<ProductView> products(@PageableDefault(size = 50, sort = "name", direction = Sort.Direction.ASC) Pageable pageable) {
        return productRepository.findAll(pageable).map(ProductView::from);
    }
}
