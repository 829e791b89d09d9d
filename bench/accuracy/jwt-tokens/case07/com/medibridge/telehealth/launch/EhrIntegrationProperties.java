package com.medibridge.telehealth.launch;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "telehealth.ehr")
public record EhrIntegrationProperties(String ehrIssuer, String fhirBaseUrl) {
}
