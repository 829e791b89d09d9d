// A transfer service that records a metric and rethrows the very exception it caught, including a pattern-matched rethrow.
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class FundsTransferService {

    private final AtomicLong failedTransfers = new AtomicLong();

    @Transactional
    void transfer(long fromAccount, long toAccount, BigDecimal amount) {
        try {
            debit(fromAccount, amount);
            credit(toAccount, amount);
        } catch (RuntimeException e) {
            failedTransfers.incrementAndGet();
            throw e;
        }
    }

    void transferChecked(long fromAccount, long toAccount, BigDecimal amount) throws Exception {
        try {
            transfer(fromAccount, toAccount, amount);
        } catch (Exception e) {
            if (e instanceof IllegalArgumentException iae) {
                throw iae;
            }
            throw e;
        }
    }

    private void debit(long account, BigDecimal amount) {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("Amount must be positive");
        }
    }

    private void credit(long account, BigDecimal amount) {
    }
}
