package com.saasly.tenancy.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Tenant {

    @Id
    @GeneratedValue
    private Long id;

    @Column(unique = true, nullable = false)
    private String tenantKey;

    private String displayName;

    private String brandColor;

    private Integer seatLimit;

    private String scimBearerToken;

    public Long getId() {
        return id;
    }

    public String getTenantKey() {
        return tenantKey;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getBrandColor() {
        return brandColor;
    }

    public void setBrandColor(String brandColor) {
        this.brandColor = brandColor;
    }

    public Integer getSeatLimit() {
        return seatLimit;
    }

    public void setSeatLimit(Integer seatLimit) {
        this.seatLimit = seatLimit;
    }

    public String getScimBearerToken() {
        return scimBearerToken;
    }
}
