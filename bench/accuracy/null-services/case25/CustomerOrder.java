package nulls.case25;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "customer_orders")
public class CustomerOrder {

    @Id
    private Long id;

    private String status;

    private String trackingNumber;

    private Instant shippedAt;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }

    public void setShippedAt(Instant shippedAt) {
        this.shippedAt = shippedAt;
    }
}
