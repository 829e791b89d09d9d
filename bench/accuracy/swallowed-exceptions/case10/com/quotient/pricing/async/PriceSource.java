package com.quotient.pricing.async;

import java.math.BigDecimal;

public interface PriceSource {

    BigDecimal quote(String instrument) throws QuoteException;

    class QuoteException extends Exception {
        public QuoteException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
