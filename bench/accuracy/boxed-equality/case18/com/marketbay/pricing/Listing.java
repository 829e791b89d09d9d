package com.marketbay.pricing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
public class Listing {

    @Id
    private String sku;

    private Double unitPrice;

    private Instant priceChangedAt;

    public String getSku() {
        return sku;
    }

    public Double getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(Double unitPrice) {
        this.unitPrice = unitPrice;
    }

    public Instant getPriceChangedAt() {
        return priceChangedAt;
    }

    public void setPriceChangedAt(Instant priceChangedAt) {
        this.priceChangedAt = priceChangedAt;
    }
}
