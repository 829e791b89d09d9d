package opt.case10;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
public class Coupon {

    @Id
    private String code;

    private BigDecimal percentOff;

    private Instant expiresAt;

    private boolean active;

    public String getCode() {
        return code;
    }

    public BigDecimal getPercentOff() {
        return percentOff;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public boolean isActive() {
        return active;
    }
}
