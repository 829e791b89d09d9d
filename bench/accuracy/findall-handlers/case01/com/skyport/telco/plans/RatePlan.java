package com.skyport.telco.plans;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class RatePlan {

    @Id
    @GeneratedValue
    private Long id;

    private String code;

    private String name;

    private BigDecimal monthlyFee;

    private int dataGb;

    private boolean active;

    protected RatePlan() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getMonthlyFee() {
        return monthlyFee;
    }

    public int getDataGb() {
        return dataGb;
    }

    public boolean isActive() {
        return active;
    }
}
