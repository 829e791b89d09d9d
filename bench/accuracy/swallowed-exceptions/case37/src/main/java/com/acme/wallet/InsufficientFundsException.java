package com.acme.wallet;

import java.math.BigDecimal;

public class InsufficientFundsException extends Exception {

    public InsufficientFundsException(String walletId, BigDecimal requested, BigDecimal available) {
        super("Wallet " + walletId + " has " + available + ", requested " + requested);
    }
}
