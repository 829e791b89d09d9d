package opt.case34;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class LedgerEntry {

    @Id
    private Long id;

    private String accountNumber;

    private long amountCents;

    private long sequence;

    public Long getId() {
        return id;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public long getAmountCents() {
        return amountCents;
    }

    public long getSequence() {
        return sequence;
    }
}
