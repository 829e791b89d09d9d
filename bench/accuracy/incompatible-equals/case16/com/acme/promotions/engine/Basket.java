package com.acme.promotions.engine;

import java.math.BigDecimal;
import java.util.List;

public record Basket(String customerId, List<BasketLine> lines) {

    public record BasketLine(Long productId, String category, int quantity, BigDecimal unitPrice) {

        public BigDecimal subtotal() {
            return unitPrice.multiply(BigDecimal.valueOf(quantity));
        }
    }
}
