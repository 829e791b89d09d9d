package com.marketbay.catalog.listing;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import java.math.BigDecimal;
import java.time.Instant;

@Entity
public class Listing {

    @Id
    @GeneratedValue
    private long id;

    private String title;

    private String category;

    private BigDecimal price;

    private String thumbnailUrl;

    private boolean active;

    private Instant publishedAt;

    private String sellerName;

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getCategory() {
        return category;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public String getThumbnailUrl() {
        return thumbnailUrl;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getSellerName() {
        return sellerName;
    }
}
