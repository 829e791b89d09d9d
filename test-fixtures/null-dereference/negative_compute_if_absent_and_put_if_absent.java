// Map.get after computeIfAbsent or putIfAbsent of the same key on the same map, and the results of computeIfAbsent/merge used directly.
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

class WebhookDeliveryTracker {

    private final Map<String, List<String>> failuresByEndpoint = new HashMap<>();
    private final Map<String, AtomicLong> deliveriesByEndpoint = new ConcurrentHashMap<>();
    private final Map<String, Integer> attempts = new HashMap<>();

    void recordFailure(String endpoint, String reason) {
        failuresByEndpoint.computeIfAbsent(endpoint, key -> new ArrayList<>());
        failuresByEndpoint.get(endpoint).add(reason);
    }

    long recordDelivery(String endpoint) {
        deliveriesByEndpoint.putIfAbsent(endpoint, new AtomicLong());
        return deliveriesByEndpoint.get(endpoint).incrementAndGet();
    }

    int failureCount(String endpoint) {
        return failuresByEndpoint.computeIfAbsent(endpoint, key -> new ArrayList<>()).size();
    }

    int nextAttempt(String endpoint) {
        return attempts.merge(endpoint, 1, Integer::sum);
    }
}
