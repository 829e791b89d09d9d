// Issues credit notes for refunded orders.
package staticfields.case27;

import java.math.BigDecimal;
import java.time.Year;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CreditNoteService {

    private final CreditNoteStore store;

    public CreditNoteService(CreditNoteStore store) {
        this.store = store;
    }

    @Transactional
    public String issue(String orderId, BigDecimal amount, String reason) {
        var number = CreditNoteNumbers.next(Year.now());
        store.insert(number, orderId, amount.negate(), reason);
        return number;
    }

    public interface CreditNoteStore {
        void insert(String number, String orderId, BigDecimal amount, String reason);
    }
}
