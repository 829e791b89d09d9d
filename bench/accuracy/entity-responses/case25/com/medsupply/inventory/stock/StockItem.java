package com.medsupply.inventory.stock;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import java.time.LocalDate;

@Entity
public class StockItem {

    @Id
    @GeneratedValue
    private Long id;

    private String siteCode;

    private String sku;

    private String lotNumber;

    private int quantity;

    private LocalDate expiresOn;

    private LocalDate lastCountedOn;

    public void adjust(int delta, LocalDate countedOn) {
        if (quantity + delta < 0) {
            throw new IllegalArgumentException("Stock of " + sku + "/" + lotNumber + " cannot go negative");
        }
        quantity += delta;
        lastCountedOn = countedOn;
    }

    public Long getId() {
        return id;
    }

    public String getSiteCode() {
        return siteCode;
    }

    public String getSku() {
        return sku;
    }

    public String getLotNumber() {
        return lotNumber;
    }

    public int getQuantity() {
        return quantity;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public LocalDate getLastCountedOn() {
        return lastCountedOn;
    }
}
