// WeakReference.get, NavigableMap.lastEntry/firstEntry and Queue.peek results checked before use in an in-memory session registry.
import java.lang.ref.WeakReference;
import java.time.Instant;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;

class ActiveSessionRegistry {

    record SessionInfo(String user, Instant lastSeen) {
    }

    private final NavigableMap<Instant, String> loginsByTime = new ConcurrentSkipListMap<>();
    private final Queue<String> evictionCandidates = new ConcurrentLinkedQueue<>();
    private WeakReference<SessionInfo> lastActive = new WeakReference<>(null);

    String lastActiveUser() {
        SessionInfo info = lastActive.get();
        return info == null ? "" : info.user();
    }

    Instant newestLogin() {
        Map.Entry<Instant, String> newest = loginsByTime.lastEntry();
        if (newest == null) {
            return Instant.EPOCH;
        }
        return newest.getKey();
    }

    String oldestUser() {
        var oldest = loginsByTime.firstEntry();
        return oldest != null ? oldest.getValue().toLowerCase() : "";
    }

    boolean nextEvictionIs(String user) {
        String next = evictionCandidates.peek();
        return next != null && next.equals(user);
    }

    void touch(SessionInfo info) {
        lastActive = new WeakReference<>(info);
        loginsByTime.put(info.lastSeen(), info.user());
    }
}
