// A tenant's override of one feature flag.
package staticfields.case05;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class TenantOverride {

    @Id
    @GeneratedValue
    private Long id;

    private String tenantId;

    private String flag;

    private boolean enabled;

    public Long getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getFlag() {
        return flag;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
