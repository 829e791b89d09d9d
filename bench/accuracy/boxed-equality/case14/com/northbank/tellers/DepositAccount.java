package com.northbank.tellers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "DEP_ACCOUNT")
public class DepositAccount {

    @Id
    @Column(name = "ACCT_NO", length = 20)
    private String accountNumber;

    @Column(name = "BRANCH_CD")
    private Short branchCode;

    @Column(name = "BAL", precision = 19, scale = 2)
    private BigDecimal balance;

    public String getAccountNumber() {
        return accountNumber;
    }

    public Short getBranchCode() {
        return branchCode;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public void setBalance(BigDecimal balance) {
        this.balance = balance;
    }
}
