package com.grocerly.basket;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Merges the basket a shopper filled before signing in into the basket of the account.
 */
@Component
public class BasketMerger {

    public List<BasketItem> merge(List<BasketItem> accountBasket, List<BasketItem> guestBasket) {
        List<BasketItem> merged = new ArrayList<>(accountBasket);
        for (BasketItem incoming : guestBasket) {
            int index = indexOfSameItem(merged, incoming);
            if (index < 0) {
                merged.add(incoming);
            } else {
                merged.set(index, merged.get(index).plus(incoming.quantity()));
            }
        }
        return merged;
    }

    private static int indexOfSameItem(List<BasketItem> items, BasketItem candidate) {
        for (int i = 0; i < items.size(); i++) {
            BasketItem item = items.get(i);
            if (item.productId() == candidate.productId() && item.variantId() == candidate.variantId()) {
                return i;
            }
        }
        return -1;
    }
}
