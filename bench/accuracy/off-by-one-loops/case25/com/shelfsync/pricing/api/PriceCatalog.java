package com.shelfsync.pricing.api;

import java.math.BigDecimal;

public interface PriceCatalog {

    boolean exists(String sku);

    void updatePrice(String sku, BigDecimal price, String currency);
}
