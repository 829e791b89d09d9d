package com.acme.wallet;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

@Service
public class WalletService {

    private final Map<String, BigDecimal> balances = new ConcurrentHashMap<>();

    public void open(String walletId, BigDecimal initialBalance) {
        balances.putIfAbsent(walletId, initialBalance);
    }

    public BigDecimal balance(String walletId) {
        return balances.getOrDefault(walletId, BigDecimal.ZERO);
    }

    public synchronized void withdraw(String walletId, BigDecimal amount) throws InsufficientFundsException {
        BigDecimal current = balance(walletId);
        if (current.compareTo(amount) < 0) {
            throw new InsufficientFundsException(walletId, amount, current);
        }
        balances.put(walletId, current.subtract(amount));
    }
}
