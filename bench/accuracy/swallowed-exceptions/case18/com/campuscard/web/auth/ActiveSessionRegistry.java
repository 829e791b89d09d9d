package com.campuscard.web.auth;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

@Component
public class ActiveSessionRegistry {

    private final Map<String, Instant> sessions = new ConcurrentHashMap<>();

    public void register(String sessionId) {
        sessions.put(sessionId, Instant.now());
    }

    public void remove(String sessionId) {
        sessions.remove(sessionId);
    }

    public int activeCount() {
        return sessions.size();
    }
}
