package com.coinwise.fx.api;

import java.math.BigDecimal;
import java.util.Currency;

public interface RateProvider {

    BigDecimal latest(Currency base, Currency quote) throws RateUnavailableException;

    class RateUnavailableException extends Exception {

        public RateUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
