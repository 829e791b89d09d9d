package com.parcelpoint.orders.search;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "customer_order")
public class CustomerOrder {

    @Id
    @GeneratedValue
    private Long id;

    private String orderNumber;

    private String customerEmail;

    private LocalDate orderDate;

    private BigDecimal total;

    protected CustomerOrder() {
    }

    public Long getId() {
        return id;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public String getCustomerEmail() {
        return customerEmail;
    }

    public LocalDate getOrderDate() {
        return orderDate;
    }

    public BigDecimal getTotal() {
        return total;
    }
}
