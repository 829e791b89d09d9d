package com.acme.outbox.relay;

public interface MessagePublisher {

    void publish(String topic, String key, byte[] payload);
}
