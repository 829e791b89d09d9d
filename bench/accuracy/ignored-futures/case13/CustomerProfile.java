// JPA entity of a customer's profile and postal address.
package ignoredfutures.case13;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "customer_profiles")
public class CustomerProfile {

    @Id
    private Long id;
    private String street;
    private String city;
    private String postcode;
    private Long mergedInto;
    private Instant marketingConsentAt;
    private Instant updatedAt;

    protected CustomerProfile() {
    }

    public void moveTo(String street, String city, String postcode) {
        this.street = street;
        this.city = city;
        this.postcode = postcode;
        this.updatedAt = Instant.now();
    }

    public void markMergedInto(long keepId) {
        this.mergedInto = keepId;
        this.updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Instant getMarketingConsentAt() {
        return marketingConsentAt;
    }
}
