package com.shelfwise.catalog.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import java.math.BigDecimal;

@Entity
public class Product {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, unique = true)
    private String sku;

    private String name;

    private BigDecimal listPrice;

    private BigDecimal purchasePrice;

    private String supplierCode;

    private boolean active;

    public Long getId() {
        return id;
    }

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getListPrice() {
        return listPrice;
    }

    public BigDecimal getPurchasePrice() {
        return purchasePrice;
    }

    public String getSupplierCode() {
        return supplierCode;
    }

    public boolean isActive() {
        return active;
    }
}
