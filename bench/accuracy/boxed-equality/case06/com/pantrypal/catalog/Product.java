package com.pantrypal.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Product {

    @Id
    private Long id;

    private String name;

    private Integer stock;

    private Integer reorderLevel;

    private Integer shelfLifeDays;

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Integer getStock() {
        return stock;
    }

    public Integer getReorderLevel() {
        return reorderLevel;
    }

    public Integer getShelfLifeDays() {
        return shelfLifeDays;
    }
}
