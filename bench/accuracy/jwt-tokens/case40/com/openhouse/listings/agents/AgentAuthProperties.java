package com.openhouse.listings.agents;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "listings.agent-auth")
public record AgentAuthProperties(String issuer, String publicKeyPem) {
}
