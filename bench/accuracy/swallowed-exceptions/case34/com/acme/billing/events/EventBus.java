package com.acme.billing.events;

import java.util.Map;

public interface EventBus {

    void send(String topic, String key, Map<String, String> payload) throws DeliveryException;

    class DeliveryException extends Exception {
        public DeliveryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
