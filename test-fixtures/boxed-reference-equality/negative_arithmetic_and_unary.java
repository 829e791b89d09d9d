// A billing calculator whose == operands are arithmetic, unary minus, primitive casts or Math results computed from boxed values, all of which are primitive.
import org.springframework.stereotype.Service;

@Service
class BillingCalculator {

    public boolean balanced(Long debit, Long credit, Long total) {
        return debit + credit == total;
    }

    public boolean isReversal(Long amount, Long refund) {
        return -amount == refund;
    }

    public boolean sameCents(Integer first, Integer second) {
        return (int) first == second;
    }

    public boolean fullyGranted(Integer requested, Integer cap, Integer granted) {
        return Math.min(requested, cap) == granted;
    }

    public boolean sameTotal(Long netCents, Long taxCents, Long grossCents) {
        return grossCents == netCents + taxCents;
    }

    public boolean nextInvoice(Long previousNumber, Long number) {
        return previousNumber + 1 == number;
    }
}
