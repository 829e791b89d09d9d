package nulls.case04;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Service;

/**
 * Fixed one-minute window limiter keyed by API key; limits depend on the customer's plan.
 */
@Service
public class ApiRateLimiter {

    private static final int DEFAULT_LIMIT = 30;

    private static final Map<String, Integer> LIMITS_PER_MINUTE = Map.of(
            "free", 60,
            "team", 600,
            "enterprise", 6000);

    private final ConcurrentMap<String, AtomicInteger> counters = new ConcurrentHashMap<>();
    private final Map<String, Instant> windowStart = new ConcurrentHashMap<>();
    private final Clock clock;

    public ApiRateLimiter(Clock clock) {
        this.clock = clock;
    }

    public boolean tryAcquire(String apiKey, String plan) {
        int limit = LIMITS_PER_MINUTE.getOrDefault(plan, DEFAULT_LIMIT);
        Instant now = clock.instant();
        Instant start = windowStart.get(apiKey);
        if (start == null || start.plusSeconds(60).isBefore(now)) {
            windowStart.put(apiKey, now);
            counters.put(apiKey, new AtomicInteger());
        }
        AtomicInteger counter = counters.computeIfAbsent(apiKey, key -> new AtomicInteger());
        return counter.incrementAndGet() <= limit;
    }

    public int remaining(String apiKey, String plan) {
        int limit = LIMITS_PER_MINUTE.getOrDefault(plan, DEFAULT_LIMIT);
        int used = counters.getOrDefault(apiKey, new AtomicInteger()).get();
        return Math.max(0, limit - used);
    }
}
