package nulls.case44;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Counts concurrent sessions per user to enforce the "max devices" setting.
 */
@Component
public class ActiveSessionCounter {

    private final Map<String, Integer> activeSessions = new HashMap<>();

    public synchronized int opened(String userId) {
        if (!activeSessions.containsKey(userId)) {
            activeSessions.put(userId, 1);
            return 1;
        }
        int next = activeSessions.get(userId) + 1;
        activeSessions.put(userId, next);
        return next;
    }

    public synchronized void closed(String userId) {
        if (activeSessions.containsKey(userId)) {
            int remaining = activeSessions.get(userId) - 1;
            if (remaining <= 0) {
                activeSessions.remove(userId);
            } else {
                activeSessions.put(userId, remaining);
            }
        }
    }

    public synchronized int current(String userId) {
        return activeSessions.containsKey(userId) ? activeSessions.get(userId) : 0;
    }
}
