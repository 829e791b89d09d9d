package com.paystream.merchants.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;

import java.util.ArrayList;
import java.util.List;

@Entity
public class Merchant {

    @Id
    private String id;

    private String legalName;

    private String mcc;

    private String settlementCurrency;

    @OneToMany(mappedBy = "merchant", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ApiCredential> credentials = new ArrayList<>();

    public String getId() {
        return id;
    }

    public String getLegalName() {
        return legalName;
    }

    public String getMcc() {
        return mcc;
    }

    public String getSettlementCurrency() {
        return settlementCurrency;
    }

    public List<ApiCredential> getCredentials() {
        return credentials;
    }
}
