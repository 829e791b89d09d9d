package opt.case05;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;

@Entity
public class Subscription {

    @Id
    private Long id;

    private Long customerId;

    private LocalDate renewsOn;

    private String plan;

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public LocalDate getRenewsOn() {
        return renewsOn;
    }

    public void setRenewsOn(LocalDate renewsOn) {
        this.renewsOn = renewsOn;
    }

    public String getPlan() {
        return plan;
    }
}
