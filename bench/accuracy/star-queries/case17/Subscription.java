package stars.case17;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "subscriptions")
public class Subscription {
    @Id
    private Long id;
    private long customerId;
    private String planCode;

    public Long getId() { return id; }
    public long getCustomerId() { return customerId; }
    public String getPlanCode() { return planCode; }
}
