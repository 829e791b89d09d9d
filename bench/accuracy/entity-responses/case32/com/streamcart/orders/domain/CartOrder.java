package com.streamcart.orders.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class CartOrder {

    @Id
    @GeneratedValue
    private long id;

    private String customerEmail;

    private String status = "NEW";

    private String checkoutSessionToken;

    public void cancel() {
        if (!"SHIPPED".equals(status)) {
            status = "CANCELLED";
        }
    }

    public long getId() {
        return id;
    }

    public String getCustomerEmail() {
        return customerEmail;
    }

    public String getStatus() {
        return status;
    }

    public String getCheckoutSessionToken() {
        return checkoutSessionToken;
    }
}
