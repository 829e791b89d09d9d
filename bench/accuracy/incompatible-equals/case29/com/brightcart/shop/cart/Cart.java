package com.brightcart.shop.cart;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

public class Cart {

    private final String sessionId;
    private final Map<Long, CartLine> lines = new LinkedHashMap<>();

    public Cart(String sessionId) {
        this.sessionId = sessionId;
    }

    public String getSessionId() {
        return sessionId;
    }

    /** Lines keyed by product id. */
    public Map<Long, CartLine> getLines() {
        return lines;
    }

    public BigDecimal total() {
        return lines.values().stream()
                .map(l -> l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public record CartLine(Long productId, String name, int quantity, BigDecimal unitPrice) {
    }
}
