package io.parcelhub.orders.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "purchase_orders")
public class Order {

    public enum Status { PLACED, PAID, SHIPPED, CANCELLED }

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, unique = true)
    private String reference;

    private String customerEmail;

    private BigDecimal total;

    @Enumerated(EnumType.STRING)
    private Status status = Status.PLACED;

    private Instant placedAt;

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getCustomerEmail() {
        return customerEmail;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }
}
