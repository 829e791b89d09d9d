package com.craftcart.sales.stats;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class SalesOrder {

    @Id
    @GeneratedValue
    private Long id;

    private long shopId;

    private int itemCount;

    private BigDecimal total;

    protected SalesOrder() {
    }

    public long getShopId() {
        return shopId;
    }

    public int getItemCount() {
        return itemCount;
    }

    public BigDecimal getTotal() {
        return total;
    }
}
