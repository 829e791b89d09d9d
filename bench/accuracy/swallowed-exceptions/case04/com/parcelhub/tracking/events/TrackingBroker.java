package com.parcelhub.tracking.events;

public interface TrackingBroker {

    void publish(String routingKey, String messageId, String body) throws BrokerUnavailableException;

    class BrokerUnavailableException extends Exception {
        public BrokerUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
