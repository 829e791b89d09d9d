package com.harborcredit.branches;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class RepaymentService {

    private final EntityManager em;

    public RepaymentService(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public BigDecimal recordRepayment(String officerId, String loanNumber, BigDecimal amount) {
        LoanOfficer officer = em.find(LoanOfficer.class, officerId);
        LoanAccount loan = em.find(LoanAccount.class, loanNumber, LockModeType.PESSIMISTIC_WRITE);

        if (loan.getBranchCode() == null || loan.getBranchCode() != officer.getBranchCode()) {
            throw new IllegalStateException("Loan " + loanNumber + " is serviced by another branch");
        }
        BigDecimal remaining = loan.getOutstanding().subtract(amount);
        if (remaining.signum() < 0) {
            throw new IllegalArgumentException("Repayment exceeds the outstanding principal");
        }
        loan.setOutstanding(remaining);
        return remaining;
    }
}
