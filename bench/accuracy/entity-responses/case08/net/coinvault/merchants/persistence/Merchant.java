package net.coinvault.merchants.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Merchant {

    @Id
    private String id;

    private String displayName;

    private String country;

    private String webhookSecret;

    private boolean payoutsEnabled;

    public String getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getCountry() {
        return country;
    }

    public String getWebhookSecret() {
        return webhookSecret;
    }

    public boolean isPayoutsEnabled() {
        return payoutsEnabled;
    }
}
