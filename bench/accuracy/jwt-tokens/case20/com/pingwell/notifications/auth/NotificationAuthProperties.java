package com.pingwell.notifications.auth;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("notifications.auth")
public record NotificationAuthProperties(String jwksUri, String issuer) {
}
