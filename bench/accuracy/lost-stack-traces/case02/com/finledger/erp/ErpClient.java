package com.finledger.erp;

import java.math.BigDecimal;
import java.time.LocalDate;

public interface ErpClient {

    String postEntry(String account, BigDecimal amount, String currency, LocalDate bookedOn) throws ErpException;

    class ErpException extends Exception {

        private static final long serialVersionUID = 1L;

        public ErpException(String message) {
            super(message);
        }
    }
}
