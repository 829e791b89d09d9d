package com.paystream.gateway;

public class PaymentGatewayException extends RuntimeException {

    private final boolean declined;

    public PaymentGatewayException(String message, boolean declined, Throwable cause) {
        super(message, cause);
        this.declined = declined;
    }

    public boolean isDeclined() {
        return declined;
    }
}
