package com.cloudnest.onboarding.templates;

import org.springframework.stereotype.Service;

/**
 * Renders the starter configuration a new tenant downloads from the onboarding wizard.
 */
@Service
public class ClientConfigTemplateService {

    private static final String API_KEY_PLACEHOLDER = "<your-api-key>";
    private static final String DB_PASSWORD_REFERENCE = "${DB_PASSWORD}";

    private String webhookSecret = "";

    public String render(String tenantId, String region) {
        return """
                cloudnest:
                  tenant: %s
                  region: %s
                  api-key: %s
                  webhook-secret: "%s"
                spring:
                  datasource:
                    username: %s_app
                    password: %s
                """.formatted(tenantId, region, API_KEY_PLACEHOLDER, webhookSecret, tenantId, DB_PASSWORD_REFERENCE);
    }

    public void setWebhookSecret(String webhookSecret) {
        this.webhookSecret = webhookSecret == null ? "" : webhookSecret;
    }
}
