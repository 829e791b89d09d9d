package com.subscribely.billing.subscription;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import java.time.LocalDate;

@Entity
public class Subscription {

    @Id
    @GeneratedValue
    private Long id;

    private String plan;

    private String status;

    private LocalDate renewsOn;

    private boolean autoRenew;

    private String gatewayCustomerToken;

    public Long getId() {
        return id;
    }

    public String getPlan() {
        return plan;
    }

    public String getStatus() {
        return status;
    }

    public LocalDate getRenewsOn() {
        return renewsOn;
    }

    public boolean isAutoRenew() {
        return autoRenew;
    }

    public String getGatewayCustomerToken() {
        return gatewayCustomerToken;
    }
}
