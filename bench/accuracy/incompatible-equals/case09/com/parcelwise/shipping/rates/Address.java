package com.parcelwise.shipping.rates;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {

    private String street;

    private String postalCode;

    private String countryCode;

    /** Delivery zone assigned by the geocoder. */
    @Column(name = "zone_id")
    private Long zoneId;

    protected Address() {
    }

    public Address(String street, String postalCode, String countryCode, Long zoneId) {
        this.street = street;
        this.postalCode = postalCode;
        this.countryCode = countryCode;
        this.zoneId = zoneId;
    }

    public String getStreet() {
        return street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public Long getZoneId() {
        return zoneId;
    }
}
