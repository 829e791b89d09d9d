package com.streamly.live.presence;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

public record ClientConnection(UUID clientId, String userName, Instant connectedAt, Consumer<String> sink) {

    public void send(String message) {
        sink.accept(message);
    }
}
