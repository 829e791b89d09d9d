package com.brewhaus.orders.cart;

public record CartItem(String productCode, int quantity, long unitPriceCents, boolean promotional) {
}
