package com.streamcart.orders.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CartOrderRepository extends JpaRepository<CartOrder, Long> {
}
