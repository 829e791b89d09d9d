// Shared state kept in thread-safe types: Atomic*, LongAdder, ConcurrentHashMap (declared as such, or as Map with a ConcurrentHashMap, and one left non-final), CopyOnWriteArrayList, ThreadLocal, Collections.synchronizedList for single calls and a Guava cache.
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Function;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

@Service
class ClientRateLimiter {

    private final AtomicInteger active = new AtomicInteger();
    private final AtomicLong lastRequestNanos = new AtomicLong();
    private final AtomicReference<String> lastClient = new AtomicReference<>();
    private final LongAdder totalRequests = new LongAdder();
    private final ConcurrentHashMap<String, Integer> perClient = new ConcurrentHashMap<>();
    private final Map<String, Instant> blockedUntil = new ConcurrentHashMap<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private ConcurrentHashMap<String, Instant> firstSeen = new ConcurrentHashMap<>();

    boolean admit(String client) {
        var until = blockedUntil.get(client);
        if (until != null && until.isAfter(Instant.now())) {
            return false;
        }
        blockedUntil.remove(client);
        active.incrementAndGet();
        try {
            lastRequestNanos.set(System.nanoTime());
            lastClient.set(client);
            totalRequests.increment();
            perClient.merge(client, 1, Integer::sum);
            firstSeen.putIfAbsent(client, Instant.now());
            if (perClient.get(client) > 1_000) {
                blockedUntil.put(client, Instant.now().plusSeconds(60));
            }
            listeners.forEach(listener -> listener.accept(client));
            return true;
        } finally {
            active.decrementAndGet();
        }
    }

    void onAdmit(Consumer<String> listener) {
        listeners.add(listener);
    }

    void forget(String client) {
        perClient.remove(client);
        firstSeen.remove(client);
    }
}

@Component
class RequestUserHolder {

    private final ThreadLocal<String> currentUser = new ThreadLocal<>();
    private final List<String> recentErrors = Collections.synchronizedList(new ArrayList<>());

    void enter(String user) {
        currentUser.set(user);
    }

    void leave() {
        currentUser.remove();
    }

    void error(String message) {
        recentErrors.add(currentUser.get() + ": " + message);
    }

    void clearErrors() {
        recentErrors.clear();
    }
}

@Repository
class ProductNameCache {

    private final Cache<String, String> names = CacheBuilder.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(10, TimeUnit.MINUTES)
            .build();

    String name(String sku, Function<String, String> loader) {
        var cached = names.getIfPresent(sku);
        if (cached != null) {
            return cached;
        }
        var loaded = loader.apply(sku);
        names.put(sku, loaded);
        return loaded;
    }

    void evict(String sku) {
        names.invalidate(sku);
    }
}
