package com.parcelwise.checkout.shipping;

public record QuoteRequest(String originPostcode, String destinationPostcode, String countryCode, int weightGrams) {
}
