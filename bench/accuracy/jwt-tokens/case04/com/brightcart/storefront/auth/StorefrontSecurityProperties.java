package com.brightcart.storefront.auth;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("storefront.security")
public record StorefrontSecurityProperties(String shopperKeyBase64, String tokenIssuer) {
}
