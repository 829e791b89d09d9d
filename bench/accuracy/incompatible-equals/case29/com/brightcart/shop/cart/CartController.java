package com.brightcart.shop.cart;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/cart")
public class CartController {

    private final CartStore store;

    public CartController(CartStore store) {
        this.store = store;
    }

    @GetMapping
    public Map<String, Object> view(@CookieValue("CART") String session) {
        Cart cart = store.forSession(session);
        return Map.of("lines", cart.getLines().values(), "total", cart.total());
    }

    @DeleteMapping("/lines/{productId}")
    public ResponseEntity<BigDecimal> removeLine(@CookieValue("CART") String session,
                                                 @PathVariable String productId) {
        Cart cart = store.forSession(session);
        if (cart.getLines().remove(productId) == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok(cart.total());
    }
}
