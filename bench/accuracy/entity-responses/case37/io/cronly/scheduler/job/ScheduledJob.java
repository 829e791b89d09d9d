package io.cronly.scheduler.job;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.util.UUID;

@Entity
public class ScheduledJob {

    @Id
    private UUID id;

    private String name;

    private String cron;

    private boolean enabled;

    private String webhookUrl;

    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY)
    private String webhookSecret;

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCron() {
        return cron;
    }

    public void setCron(String cron) {
        this.cron = cron;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getWebhookUrl() {
        return webhookUrl;
    }

    public void setWebhookUrl(String webhookUrl) {
        this.webhookUrl = webhookUrl;
    }

    public String getWebhookSecret() {
        return webhookSecret;
    }

    public void setWebhookSecret(String webhookSecret) {
        this.webhookSecret = webhookSecret;
    }
}
