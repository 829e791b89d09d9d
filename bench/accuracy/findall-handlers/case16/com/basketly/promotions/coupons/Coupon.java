package com.basketly.promotions.coupons;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

@Entity
@Table(indexes = @Index(columnList = "campaignId, code", unique = true))
public class Coupon {

    @Id
    @GeneratedValue
    private Long id;

    private long campaignId;

    private String code;

    private BigDecimal discountPercent;

    private Instant redeemedAt;

    protected Coupon() {
    }

    public Long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public String getCode() {
        return code;
    }

    public BigDecimal getDiscountPercent() {
        return discountPercent;
    }

    public Instant getRedeemedAt() {
        return redeemedAt;
    }
}
