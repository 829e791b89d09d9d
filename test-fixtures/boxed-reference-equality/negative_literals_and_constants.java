// A rate limiter that compares boxed counters with int/long literals and primitive constants (Integer.MAX_VALUE, static final long/int), which unboxes.
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

@Component
class RequestRateLimiter {

    private static final long UNLIMITED = -1L;
    private static final int MAX_BURST = 50;

    private final Map<String, Integer> hits = new ConcurrentHashMap<>();
    private final Map<String, Long> limits = new ConcurrentHashMap<>();

    public boolean firstHit(String client) {
        Integer count = hits.get(client);
        return count != null && count == 1;
    }

    public boolean unlimited(String client) {
        return limits.getOrDefault(client, UNLIMITED) == UNLIMITED;
    }

    public boolean saturated(String client) {
        return hits.getOrDefault(client, 0) == Integer.MAX_VALUE;
    }

    public boolean atBurst(Integer count) {
        return MAX_BURST == count;
    }

    public boolean blocked(Long quota) {
        return quota == 0L;
    }

    public boolean unused(String client) {
        return 0 == hits.getOrDefault(client, 0);
    }

    public boolean oldestPossible(Long since) {
        return since == Long.MIN_VALUE;
    }
}
