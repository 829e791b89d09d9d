package nulls.case51;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "subscriptions")
public class Subscription {

    @Id
    private Long id;
    private long customerId;
    private String plan;
    private String status;
    private BigDecimal pricePerPeriod;
    private LocalDate startedOn;
    private LocalDate renewsOn;

    public String getPlan() {
        return plan;
    }

    public BigDecimal remainingCredit(LocalDate today) {
        long total = ChronoUnit.DAYS.between(startedOn, renewsOn);
        long left = Math.max(0, ChronoUnit.DAYS.between(today, renewsOn));
        if (total <= 0) {
            return BigDecimal.ZERO;
        }
        return pricePerPeriod.multiply(BigDecimal.valueOf(left))
                .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_DOWN);
    }
}
