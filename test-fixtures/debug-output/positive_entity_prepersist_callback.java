// A JPA entity whose lifecycle callbacks print the row being written to standard output and standard error.
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "customer_orders")
class CustomerOrder {

    @Id
    @GeneratedValue
    private Long id;

    private long customerId;
    private String sku;
    private int quantity;
    private String status = "NEW";
    private Instant createdAt;

    protected CustomerOrder() {
    }

    CustomerOrder(long customerId, String sku, int quantity) {
        this.customerId = customerId;
        this.sku = sku;
        this.quantity = quantity;
    }

    @PrePersist
    void beforeInsert() {
        createdAt = Instant.now();
        System.out.printf("Persisting order %s x%d for customer %d%n", sku, quantity, customerId); // expect: debug-output "System.out"
    }

    @PreRemove
    void beforeDelete() {
        if (!"CANCELLED".equals(status)) {
            System.err.println("Deleting order " + id + " in status " + status); // expect: debug-output "System.err"
        }
    }

    Long getId() {
        return id;
    }

    long getCustomerId() {
        return customerId;
    }

    String getStatus() {
        return status;
    }

    void cancel() {
        status = "CANCELLED";
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
