package com.paystream.merchants.domain;

import com.fasterxml.jackson.annotation.JsonBackReference;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import java.time.Instant;

@Entity
public class ApiCredential {

    @Id
    @GeneratedValue
    private Long id;

    private String clientId;

    private String clientSecret;

    private Instant issuedAt;

    private boolean revoked;

    @JsonBackReference
    @ManyToOne(fetch = FetchType.LAZY)
    private Merchant merchant;

    public Long getId() {
        return id;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public boolean isRevoked() {
        return revoked;
    }

    public Merchant getMerchant() {
        return merchant;
    }
}
