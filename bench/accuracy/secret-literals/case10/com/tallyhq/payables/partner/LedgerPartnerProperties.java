package com.tallyhq.payables.partner;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "ledger.partner")
public record LedgerPartnerProperties(String host, String username, String password) {

    public LedgerPartnerProperties {
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException("ledger.partner.password is required");
        }
    }
}
