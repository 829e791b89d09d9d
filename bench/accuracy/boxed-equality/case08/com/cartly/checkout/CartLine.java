package com.cartly.checkout;

public record CartLine(Long productId, Long variantId, Integer quantity) {

    public CartLine withQuantity(Integer newQuantity) {
        return new CartLine(productId, variantId, newQuantity);
    }
}
