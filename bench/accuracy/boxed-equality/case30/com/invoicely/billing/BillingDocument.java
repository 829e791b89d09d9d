package com.invoicely.billing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class BillingDocument {

    @Id
    private Long id;

    private Long accountId;

    private String pdfKey;

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getPdfKey() {
        return pdfKey;
    }
}
