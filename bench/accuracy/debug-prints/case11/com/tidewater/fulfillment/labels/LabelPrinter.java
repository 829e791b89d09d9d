package com.tidewater.fulfillment.labels;

public interface LabelPrinter {

    void print(ShippingLabel label, String station);

    record ShippingLabel(String trackingNumber, String recipient, String address, String countryCode) {
    }
}
