package com.coinwise.fx.rates;

import java.math.BigDecimal;
import java.util.Map;

public interface EcbRateFeed {

    Map<String, BigDecimal> fetchDailyRates() throws FeedException;

    class FeedException extends Exception {

        public FeedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
