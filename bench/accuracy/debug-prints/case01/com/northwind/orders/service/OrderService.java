package com.northwind.orders.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

public interface OrderService {

    OrderSummary placeOrder(PlaceOrderCommand command);

    Optional<OrderSummary> findOrder(long id);

    record Line(String sku, int quantity) {
    }

    record PlaceOrderCommand(long customerId, List<Line> lines, String couponCode) {
    }

    record OrderSummary(long id, String status, BigDecimal total) {
    }
}
