package com.ledgerly.payments.refund;

import java.math.BigDecimal;

public interface PaymentGateway {

    String refund(String paymentId, BigDecimal amount) throws GatewayException;

    class GatewayException extends Exception {

        private final String code;

        public GatewayException(String code, String message) {
            super(message);
            this.code = code;
        }

        public String getCode() {
            return code;
        }
    }
}
