package com.cartly.checkout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Merges the anonymous cart of a visitor into the cart of the account after login.
 */
@Component
public class CartMerger {

    public List<CartLine> merge(List<CartLine> accountCart, List<CartLine> guestCart) {
        List<CartLine> merged = new ArrayList<>(accountCart);
        for (CartLine incoming : guestCart) {
            int index = indexOfSameItem(merged, incoming);
            if (index < 0) {
                merged.add(incoming);
            } else {
                CartLine existing = merged.get(index);
                merged.set(index, existing.withQuantity(existing.quantity() + incoming.quantity()));
            }
        }
        return merged;
    }

    private static int indexOfSameItem(List<CartLine> lines, CartLine candidate) {
        for (int i = 0; i < lines.size(); i++) {
            CartLine line = lines.get(i);
            if (line.productId() == candidate.productId()
                    && Objects.equals(line.variantId(), candidate.variantId())) {
                return i;
            }
        }
        return -1;
    }
}
