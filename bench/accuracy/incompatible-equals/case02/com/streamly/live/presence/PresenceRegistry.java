package com.streamly.live.presence;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class PresenceRegistry {

    private static final Logger log = LoggerFactory.getLogger(PresenceRegistry.class);

    private final Map<UUID, ClientConnection> connections = new ConcurrentHashMap<>();

    public UUID connect(String userName, Consumer<String> sink) {
        UUID clientId = UUID.randomUUID();
        connections.put(clientId, new ClientConnection(clientId, userName, Instant.now(), sink));
        log.debug("{} connected as {}", userName, clientId);
        return clientId;
    }

    public void disconnect(UUID clientId) {
        connections.remove(clientId);
    }

    public void broadcast(String payload) {
        connections.values().forEach(c -> c.send(payload));
    }

    public boolean isOnline(String clientId) {
        return connections.containsKey(clientId);
    }

    public int size() {
        return connections.size();
    }
}
