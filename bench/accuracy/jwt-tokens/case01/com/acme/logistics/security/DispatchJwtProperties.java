package com.acme.logistics.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "dispatch.jwt")
public record DispatchJwtProperties(String secret, String issuer) {
}
