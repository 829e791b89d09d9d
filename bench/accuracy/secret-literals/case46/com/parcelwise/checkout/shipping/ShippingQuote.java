package com.parcelwise.checkout.shipping;

import java.math.BigDecimal;

public record ShippingQuote(String carrier, String service, BigDecimal amount, String currency, int transitDays) {
}
