package eval2.case22;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "subscriptions")
public class Subscription {

    @Id
    private Long id;
    private String publicId;
    private String tenantCode;
    private String planCode;
    private LocalDate renewsOn;
    private boolean cancelled;

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public String getTenantCode() {
        return tenantCode;
    }

    public String getPlanCode() {
        return planCode;
    }

    public LocalDate getRenewsOn() {
        return renewsOn;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
