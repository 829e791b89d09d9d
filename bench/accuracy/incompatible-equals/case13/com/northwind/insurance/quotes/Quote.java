package com.northwind.insurance.quotes;

import java.math.BigDecimal;
import java.time.Instant;

public record Quote(Long id, String productCode, BigDecimal annualPremium, Instant validUntil) {

    public boolean isExpired(Instant now) {
        return now.isAfter(validUntil);
    }
}
