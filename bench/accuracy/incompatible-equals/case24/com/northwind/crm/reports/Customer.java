package com.northwind.crm.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

public class Customer {

    private final Long id;
    private final String name;
    private final List<BigDecimal> invoiceTotals = new ArrayList<>();

    public Customer(Long id, String name) {
        this.id = id;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<BigDecimal> getInvoiceTotals() {
        return invoiceTotals;
    }
}
