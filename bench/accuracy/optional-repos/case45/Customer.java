package opt.case45;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Customer {

    @Id
    private Long id;

    private String email;

    private String externalRef;

    private boolean marketingConsent;

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getExternalRef() {
        return externalRef;
    }

    public boolean isMarketingConsent() {
        return marketingConsent;
    }

    public void setMarketingConsent(boolean marketingConsent) {
        this.marketingConsent = marketingConsent;
    }
}
