package com.voyago.booking.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "voyago.internal-auth")
public record InternalAuthProperties(Mode mode, String sharedSecret, String publicKeyLocation) {

    public enum Mode { HMAC, RSA, OFF }
}
