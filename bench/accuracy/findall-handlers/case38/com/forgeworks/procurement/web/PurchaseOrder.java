package com.forgeworks.procurement.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class PurchaseOrder {

    @Id
    @GeneratedValue
    private Long id;

    private String poNumber;

    private String supplierName;

    private LocalDate issuedOn;

    private BigDecimal amount;

    protected PurchaseOrder() {
    }

    public Long getId() {
        return id;
    }

    public String getPoNumber() {
        return poNumber;
    }

    public String getSupplierName() {
        return supplierName;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
