// ThreadLocal set and removed by a servlet filter, Atomic* and LongAdder counters, ConcurrentHashMap (also as newKeySet and Guava's newConcurrentMap), CopyOnWriteArrayList and ConcurrentLinkedQueue mutated from methods without check-then-act.
import com.google.common.collect.Maps;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.stereotype.Component;

final class TenantContext {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    static void set(String tenant) {
        CURRENT.set(tenant);
    }

    static String get() {
        return CURRENT.get();
    }

    static void clear() {
        CURRENT.remove();
    }
}

class TenantFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        TenantContext.set(((HttpServletRequest) request).getHeader("X-Tenant-Id"));
        try {
            chain.doFilter(request, response);
        } finally {
            TenantContext.clear();
        }
    }
}

final class HttpMetrics {

    private static final AtomicLong REQUESTS = new AtomicLong();
    private static final AtomicInteger ACTIVE = new AtomicInteger();
    private static final LongAdder BYTES_SENT = new LongAdder();
    private static final AtomicLongArray BY_STATUS_CLASS = new AtomicLongArray(6);
    private static final AtomicReference<Instant> LAST_ERROR_AT = new AtomicReference<>(Instant.EPOCH);
    private static AtomicLong slowRequests = new AtomicLong();

    private HttpMetrics() {
    }

    static void started() {
        REQUESTS.incrementAndGet();
        ACTIVE.incrementAndGet();
    }

    static void finished(int status, long bytes, long millis) {
        ACTIVE.decrementAndGet();
        BYTES_SENT.add(bytes);
        BY_STATUS_CLASS.incrementAndGet(status / 100);
        if (status >= 500) {
            LAST_ERROR_AT.set(Instant.now());
        }
        if (millis > 1_000) {
            slowRequests.incrementAndGet();
        }
    }
}

interface SessionListener {
    void expired(String sessionId);
}

@Component
class SessionRegistry {

    private static final Map<String, Instant> LAST_SEEN = new ConcurrentHashMap<>();
    private static final Set<String> ONLINE = ConcurrentHashMap.newKeySet();
    private static final ConcurrentMap<String, Integer> HITS = Maps.newConcurrentMap();
    private static final List<SessionListener> LISTENERS = new CopyOnWriteArrayList<>();
    private static final Queue<String> EXPIRED = new ConcurrentLinkedQueue<>();

    void touch(String sessionId) {
        LAST_SEEN.put(sessionId, Instant.now());
        ONLINE.add(sessionId);
        HITS.merge(sessionId, 1, Integer::sum);
    }

    void expire(String sessionId) {
        LAST_SEEN.remove(sessionId);
        ONLINE.remove(sessionId);
        HITS.remove(sessionId);
        EXPIRED.offer(sessionId);
        LISTENERS.forEach(listener -> listener.expired(sessionId));
    }

    void addListener(SessionListener listener) {
        LISTENERS.add(listener);
    }

    String nextExpired() {
        return EXPIRED.poll();
    }

    Instant lastSeen(String sessionId) {
        return LAST_SEEN.get(sessionId);
    }
}
