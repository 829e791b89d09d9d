// An expense approval service that compares conditional expressions whose both branches are boxed Long record components with == and !=.
import org.springframework.stereotype.Service;

record ExpenseClaim(Long submitterId, Long managerId, Long delegateId, boolean delegated) {
}

@Service
class ExpenseApprovalService {

    public boolean canApprove(ExpenseClaim claim, Long approverId) {
        return approverId == (claim.delegated() ? claim.delegateId() : claim.managerId()); // expect: boxed-reference-equality "`approverId`"
    }

    public boolean isSelfApproval(ExpenseClaim claim) {
        Long approver = claim.delegated() ? claim.delegateId() : claim.managerId();
        return approver == claim.submitterId(); // expect: boxed-reference-equality "`approver`"
    }

    public boolean routedElsewhere(ExpenseClaim claim, Long userId) {
        return (claim.delegated() ? claim.delegateId() : claim.managerId()) != userId; // expect: boxed-reference-equality "claim.delegated() ? claim.delegateId() : claim.managerId()"
    }
}
