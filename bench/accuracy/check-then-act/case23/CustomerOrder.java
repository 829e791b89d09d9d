// A customer order with its embedded shipping address; versioned for optimistic locking.
package checkthenact.case23;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "customer_order")
public class CustomerOrder {

    public enum Status { OPEN, PACKED, SHIPPED, CANCELLED }

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "order_number", nullable = false, length = 20)
    private String orderNumber;

    @Enumerated(EnumType.STRING)
    private Status status = Status.OPEN;

    @Embedded
    private ShippingAddress shippingAddress;

    @Version
    private long version;

    public Long getId() { return id; }
    public String getOrderNumber() { return orderNumber; }
    public Status getStatus() { return status; }
    public ShippingAddress getShippingAddress() { return shippingAddress; }
    public void setShippingAddress(ShippingAddress shippingAddress) { this.shippingAddress = shippingAddress; }
}

@Embeddable
record ShippingAddress(String name, String street, String postcode, String city, String countryCode) {
}
