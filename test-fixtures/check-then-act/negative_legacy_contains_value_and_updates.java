// ConcurrentHashMap.contains(value) (the legacy Hashtable value test) followed by a put, and containsKey / get != null checks whose put happens only when the key is already present: an update of an existing entry, not an insert race.
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
class PresenceService {

    private static final Logger log = LoggerFactory.getLogger(PresenceService.class);

    record Presence(String userId, String status, Instant seenAt) {
    }

    private final ConcurrentHashMap<String, String> userBySocket = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Presence> presence = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastSeen = new ConcurrentHashMap<>();

    void attach(String socketId, String userId) {
        if (!userBySocket.contains(userId)) {
            log.info("first socket of {}", userId);
        }
        userBySocket.put(socketId, userId);
    }

    void attachFirstSocket(String socketId, String userId) {
        if (!userBySocket.contains(userId)) {
            userBySocket.put(socketId, userId);
        }
    }

    void updateStatus(String userId, String status) {
        if (presence.containsKey(userId)) {
            presence.put(userId, new Presence(userId, status, Instant.now()));
        }
    }

    void heartbeat(String userId) {
        if (lastSeen.get(userId) != null) {
            lastSeen.put(userId, Instant.now());
        }
    }

    void away(String userId) {
        if (!presence.containsKey(userId)) {
            return;
        }
        presence.put(userId, new Presence(userId, "AWAY", Instant.now()));
    }
}
