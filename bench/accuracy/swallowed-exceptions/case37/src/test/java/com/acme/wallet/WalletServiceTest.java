package com.acme.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WalletServiceTest {

    private WalletService wallets;

    @BeforeEach
    void setUp() {
        wallets = new WalletService();
        wallets.open("w-1", new BigDecimal("20.00"));
    }

    @Test
    void withdrawalBeyondBalanceLeavesBalanceUntouched() {
        try {
            wallets.withdraw("w-1", new BigDecimal("25.00"));
            fail("expected InsufficientFundsException");
        } catch (InsufficientFundsException expected) {
        }
        assertEquals(new BigDecimal("20.00"), wallets.balance("w-1"));
    }

    @Test
    void withdrawalWithinBalanceIsBooked() throws InsufficientFundsException {
        wallets.withdraw("w-1", new BigDecimal("7.50"));
        assertEquals(new BigDecimal("12.50"), wallets.balance("w-1"));
    }
}
