package com.ordercloud.outbox;

public interface MessagePublisher {

    void publish(String topic, String key, String payload) throws PublishException;

    class PublishException extends Exception {

        private static final long serialVersionUID = 1L;

        public PublishException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
