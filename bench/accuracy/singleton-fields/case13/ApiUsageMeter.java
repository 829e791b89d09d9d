// Per-client API usage: totals, calls per client, last-seen times, plan assignments and
// listeners notified of every call, for the usage dashboard and billing.
package singletons.case13;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.stereotype.Service;

@Service
public class ApiUsageMeter {

    private final AtomicLong requestsTotal = new AtomicLong();
    private final LongAdder bytesOut = new LongAdder();
    private final ConcurrentHashMap<String, LongAdder> callsByClient = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastSeen = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<UsageListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<Instant> windowStart = new AtomicReference<>(Instant.now());
    private final Map<String, String> planByClient = Collections.synchronizedMap(new HashMap<>());

    public void record(String clientId, String endpoint, long responseBytes) {
        requestsTotal.incrementAndGet();
        bytesOut.add(responseBytes);
        callsByClient.computeIfAbsent(clientId, id -> new LongAdder()).increment();
        lastSeen.put(clientId, Instant.now());
        String plan = planByClient.getOrDefault(clientId, "free");
        listeners.forEach(listener -> listener.onCall(clientId, plan, endpoint));
    }

    public void assignPlan(String clientId, String plan) {
        planByClient.put(clientId, plan);
    }

    public void revokePlan(String clientId) {
        planByClient.remove(clientId);
    }

    public void addListener(UsageListener listener) {
        listeners.addIfAbsent(listener);
    }

    public void removeListener(UsageListener listener) {
        listeners.remove(listener);
    }

    public Map<String, Long> closeWindow() {
        windowStart.set(Instant.now());
        Map<String, Long> snapshot = new HashMap<>();
        callsByClient.forEach((client, calls) -> snapshot.put(client, calls.sumThenReset()));
        return snapshot;
    }

    public long requestsTotal() {
        return requestsTotal.get();
    }

    @FunctionalInterface
    public interface UsageListener {
        void onCall(String clientId, String plan, String endpoint);
    }
}
