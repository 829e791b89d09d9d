package com.tidewater.partners.feed;

public enum Carrier {
    UPS("United Parcel Service"),
    FEDEX("FedEx"),
    DHL("DHL Express"),
    USPS("United States Postal Service"),
    CANADA_POST("Canada Post"),
    UNKNOWN("Unknown carrier");

    private final String displayName;

    Carrier(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
