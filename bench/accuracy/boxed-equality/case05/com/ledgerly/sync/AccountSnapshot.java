package com.ledgerly.sync;

import java.math.BigDecimal;

public class AccountSnapshot {

    private final String accountNumber;
    private final Long version;
    private final BigDecimal balance;

    public AccountSnapshot(String accountNumber, Long version, BigDecimal balance) {
        this.accountNumber = accountNumber;
        this.version = version;
        this.balance = balance;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public Long getVersion() {
        return version;
    }

    public BigDecimal getBalance() {
        return balance;
    }
}
