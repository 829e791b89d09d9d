package opt.case12;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Webhook {

    @Id
    private Long id;

    private Long tenantId;

    private String targetUrl;

    private String secret;

    private boolean enabled;

    public Long getId() {
        return id;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public String getTargetUrl() {
        return targetUrl;
    }

    public String getSecret() {
        return secret;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
