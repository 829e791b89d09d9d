package com.forgeworks.procurement.suppliers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Supplier {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false)
    private String legalName;

    private String vatNumber;

    private String country;

    private int paymentTermDays;

    public Long getId() {
        return id;
    }

    public String getLegalName() {
        return legalName;
    }

    public String getVatNumber() {
        return vatNumber;
    }

    public String getCountry() {
        return country;
    }

    public int getPaymentTermDays() {
        return paymentTermDays;
    }
}
