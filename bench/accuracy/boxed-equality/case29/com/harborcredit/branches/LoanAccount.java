package com.harborcredit.branches;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "LN_ACCOUNT")
public class LoanAccount {

    @Id
    @Column(name = "LN_NO", length = 20)
    private String loanNumber;

    @Column(name = "BRANCH_CD")
    private Short branchCode;

    @Column(name = "PRINCIPAL", precision = 19, scale = 2)
    private BigDecimal outstanding;

    public String getLoanNumber() {
        return loanNumber;
    }

    public Short getBranchCode() {
        return branchCode;
    }

    public BigDecimal getOutstanding() {
        return outstanding;
    }

    public void setOutstanding(BigDecimal outstanding) {
        this.outstanding = outstanding;
    }
}
