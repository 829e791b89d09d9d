package opt.case03;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Customer {

    @Id
    private Long id;

    private String name;

    private Long billingAddressId;

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Long getBillingAddressId() {
        return billingAddressId;
    }
}
