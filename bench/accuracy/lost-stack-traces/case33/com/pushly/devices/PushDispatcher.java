package com.pushly.devices;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class PushDispatcher {

    private static final Logger log = LoggerFactory.getLogger(PushDispatcher.class);

    private final PushGateway gateway;
    private final int maxAttempts;

    public PushDispatcher(PushGateway gateway, @Value("${push.max-attempts:3}") int maxAttempts) {
        this.gateway = gateway;
        this.maxAttempts = maxAttempts;
    }

    public void push(String deviceToken, PushGateway.PushMessage message) {
        IOException lastFailure = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                gateway.deliver(deviceToken, message);
                return;
            } catch (IOException e) {
                lastFailure = e;
                log.debug("Push attempt {} to {} failed", attempt, abbreviate(deviceToken));
            }
        }
        throw new PushDeliveryException("Push to " + abbreviate(deviceToken) + " failed after " + maxAttempts + " attempts", lastFailure);
    }

    private static String abbreviate(String token) {
        return token.length() > 8 ? token.substring(0, 8) + "…" : token;
    }

    public static class PushDeliveryException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public PushDeliveryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
