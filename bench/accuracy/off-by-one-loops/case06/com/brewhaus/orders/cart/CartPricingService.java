package com.brewhaus.orders.cart;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class CartPricingService {

    private final int promotionPercent;

    public CartPricingService(@Value("${cart.promotion-percent:10}") int promotionPercent) {
        this.promotionPercent = promotionPercent;
    }

    public long totalCents(List<CartItem> items) {
        long total = 0;
        for (int i = 0; i < items.size(); i++) {
            CartItem item = items.get(i);
            long line = item.unitPriceCents() * item.quantity();
            if (item.promotional()) {
                line -= line * promotionPercent / 100;
            }
            total += line;
        }
        return total;
    }
}
