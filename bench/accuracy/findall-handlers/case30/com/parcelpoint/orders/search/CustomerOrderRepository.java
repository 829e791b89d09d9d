package com.parcelpoint.orders.search;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerOrderRepository extends JpaRepository<CustomerOrder, Long> {

    List<CustomerOrder> findByOrderDateBetween(LocalDate from, LocalDate to);
}
