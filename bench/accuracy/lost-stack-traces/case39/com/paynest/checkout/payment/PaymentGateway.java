package com.paynest.checkout.payment;

import java.math.BigDecimal;

public interface PaymentGateway {

    /**
     * Captures a previously authorised amount and returns the gateway's capture id.
     */
    String capture(String authorizationId, BigDecimal amount) throws GatewayException;

    class GatewayException extends Exception {

        private final String declineCode;

        public GatewayException(String message, String declineCode) {
            super(message);
            this.declineCode = declineCode;
        }

        public String getDeclineCode() {
            return declineCode;
        }
    }
}
