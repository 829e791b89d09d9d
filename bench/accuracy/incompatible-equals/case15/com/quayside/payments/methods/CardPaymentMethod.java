package com.quayside.payments.methods;

import java.util.Objects;

public class CardPaymentMethod implements PaymentMethod {

    private final String fingerprint;
    private final String last4;
    private final String brand;

    public CardPaymentMethod(String fingerprint, String last4, String brand) {
        this.fingerprint = fingerprint;
        this.last4 = last4;
        this.brand = brand;
    }

    @Override
    public String displayName() {
        return brand + " ending " + last4;
    }

    @Override
    public boolean supportsRecurring() {
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CardPaymentMethod other && fingerprint.equals(other.fingerprint);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fingerprint);
    }
}
