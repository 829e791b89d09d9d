package com.quayside.payments.methods;

public interface PaymentMethod {

    String displayName();

    boolean supportsRecurring();
}
