package com.shelfwise.catalog.product;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

import java.math.BigDecimal;
import java.util.List;

public interface ProductRepository extends JpaRepository<Product, Long> {

    interface ProductSummary {

        Long getId();

        String getSku();

        String getName();

        BigDecimal getListPrice();
    }

    List<ProductSummary> findByNameContainingIgnoreCaseAndActiveTrue(String name, Limit limit);
}
