// A value object and a JPA entity whose equals(Object) uses the this == o shortcut and getClass() != check, and compares Long/Integer fields with Objects.equals.
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.util.Objects;

final class MoneyTransferKey {

    private final Long sourceAccountId;
    private final Long targetAccountId;
    private final Integer sequence;

    MoneyTransferKey(Long sourceAccountId, Long targetAccountId, Integer sequence) {
        this.sourceAccountId = sourceAccountId;
        this.targetAccountId = targetAccountId;
        this.sequence = sequence;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof MoneyTransferKey other)) {
            return false;
        }
        return Objects.equals(sourceAccountId, other.sourceAccountId)
                && Objects.equals(targetAccountId, other.targetAccountId)
                && Objects.equals(sequence, other.sequence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sourceAccountId, targetAccountId, sequence);
    }
}

@Entity
class LedgerEntry {

    @Id
    @GeneratedValue
    private Long id;

    private Long accountId;

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        LedgerEntry that = (LedgerEntry) o;
        return id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }

    public Long getAccountId() {
        return accountId;
    }
}
