package com.acme.catalog.web;

import com.acme.catalog.service.ProductQueryService;
import com.acme.catalog.service.ProductSummary;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/products")
public class ProductController {

    private static final Logger log = LoggerFactory.getLogger(ProductController.class);
    private static final int DEFAULT_PAGE_SIZE = 25;
    private static final int MAX_PAGE_SIZE = 200;

    private final ProductQueryService products;

    public ProductController(ProductQueryService products) {
        this.products = products;
    }

    @GetMapping
    public List<ProductSummary> list(@RequestParam(defaultValue = "0") int page,
                                     @RequestParam(required = false) String category,
                                     @RequestHeader(name = "X-Page-Size", required = false) String pageSizeHeader) {
        int pageSize = DEFAULT_PAGE_SIZE;
        if (pageSizeHeader != null && !pageSizeHeader.isBlank()) {
            try {
                pageSize = Math.min(Integer.parseInt(pageSizeHeader.trim()), MAX_PAGE_SIZE);
            } catch (NumberFormatException e) {
            }
        }
        log.debug("Listing products page={} size={} category={}", page, pageSize, category);
        return products.findPage(category, page, pageSize);
    }
}
