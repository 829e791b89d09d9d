package com.grocerly.basket;

public record BasketItem(long productId, long variantId, int quantity) {

    public BasketItem plus(int more) {
        return new BasketItem(productId, variantId, quantity + more);
    }
}
