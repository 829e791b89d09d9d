package com.brightcart.shop.cart;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

@Component
public class CartStore {

    private final Map<String, Cart> carts = new ConcurrentHashMap<>();

    public Cart forSession(String sessionId) {
        return carts.computeIfAbsent(sessionId, Cart::new);
    }
}
