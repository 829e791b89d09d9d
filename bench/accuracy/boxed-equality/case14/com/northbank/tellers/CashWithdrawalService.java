package com.northbank.tellers;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CashWithdrawalService {

    private static final BigDecimal OFF_BRANCH_LIMIT = new BigDecimal("2500.00");

    private final EntityManager em;

    public CashWithdrawalService(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public BigDecimal withdraw(String tellerId, String accountNumber, BigDecimal amount) {
        Teller teller = em.find(Teller.class, tellerId);
        DepositAccount account = em.find(DepositAccount.class, accountNumber, LockModeType.PESSIMISTIC_WRITE);

        boolean homeBranch = account.getBranchCode() == teller.getHomeBranchCode();
        if (!homeBranch && !teller.isCanOverride() && amount.compareTo(OFF_BRANCH_LIMIT) > 0) {
            throw new IllegalStateException("Withdrawals above " + OFF_BRANCH_LIMIT
                    + " need the account's home branch or an override");
        }
        if (account.getBalance().compareTo(amount) < 0) {
            throw new IllegalStateException("Insufficient funds in " + accountNumber);
        }
        account.setBalance(account.getBalance().subtract(amount));
        return account.getBalance();
    }
}
