package com.acme.promotions.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

public class Promotion {

    private final String code;
    private final Long triggerProductId;
    private final BigDecimal discountPercent;
    private final LocalDate endsOn;

    public Promotion(String code, Long triggerProductId, BigDecimal discountPercent, LocalDate endsOn) {
        this.code = code;
        this.triggerProductId = triggerProductId;
        this.discountPercent = discountPercent;
        this.endsOn = endsOn;
    }

    public String getCode() {
        return code;
    }

    public Long getTriggerProductId() {
        return triggerProductId;
    }

    public BigDecimal getDiscountPercent() {
        return discountPercent;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }
}
