package com.shelfsync.pricing.api;

import java.math.BigDecimal;

public record PriceUpdate(String sku, BigDecimal price, String currency) {
}
