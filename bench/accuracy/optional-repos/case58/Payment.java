package opt.case58;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

@Entity
public class Payment {

    public enum State { AUTHORIZED, CAPTURED, REFUNDED, FAILED }

    @Id
    private String providerReference;

    @Enumerated(EnumType.STRING)
    private State state;

    private long amountCents;

    public String getProviderReference() {
        return providerReference;
    }

    public State getState() {
        return state;
    }

    public void setState(State state) {
        this.state = state;
    }

    public long getAmountCents() {
        return amountCents;
    }
}
