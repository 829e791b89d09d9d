package com.freightline.inventory;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class StockItem {

    @Id
    @GeneratedValue
    private Long id;

    private String sku;

    private Long warehouseId;

    private Integer quantity;

    public Long getId() {
        return id;
    }

    public String getSku() {
        return sku;
    }

    public Long getWarehouseId() {
        return warehouseId;
    }

    public Integer getQuantity() {
        return quantity;
    }
}
