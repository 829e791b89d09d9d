// Atomic single-call alternatives on concurrent map and set fields: putIfAbsent, computeIfAbsent, merge and compute, and Set.add alone, with no separate check before them.
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
class ApiUsageMeter {

    private static final Logger log = LoggerFactory.getLogger(ApiUsageMeter.class);

    record Usage(long calls, Instant lastCall) {
    }

    private final ConcurrentMap<String, LongAdder> callsByKey = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Usage> usageByTenant = new ConcurrentHashMap<>();
    private final Map<String, Instant> firstCall = new ConcurrentHashMap<>();
    private final Set<String> activeTenants = ConcurrentHashMap.newKeySet();

    void record(String apiKey, String tenantId) {
        callsByKey.computeIfAbsent(apiKey, k -> new LongAdder()).increment();
        usageByTenant.merge(tenantId, new Usage(1, Instant.now()),
                (a, b) -> new Usage(a.calls() + b.calls(), b.lastCall()));
        var previous = firstCall.putIfAbsent(tenantId, Instant.now());
        if (previous == null) {
            log.info("first call of tenant {}", tenantId);
        }
        activeTenants.add(tenantId);
    }

    void resetWindow(String tenantId) {
        usageByTenant.compute(tenantId, (id, usage) -> usage == null ? null : new Usage(0, usage.lastCall()));
    }

    List<String> topKeys(int n) {
        return callsByKey.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
                .limit(n)
                .map(Map.Entry::getKey)
                .toList();
    }
}

@Service
class GeocodingCache {

    record LatLon(double lat, double lon) {
    }

    interface Geocoder {
        LatLon lookup(String address);
    }

    private final ConcurrentHashMap<String, LatLon> byAddress = new ConcurrentHashMap<>();
    private final Geocoder geocoder;

    GeocodingCache(Geocoder geocoder) {
        this.geocoder = geocoder;
    }

    LatLon locate(String address) {
        return byAddress.computeIfAbsent(address.strip().toLowerCase(), geocoder::lookup);
    }

    LatLon locateOrDefault(String address) {
        var found = byAddress.putIfAbsent(address, new LatLon(0, 0));
        return found != null ? found : byAddress.get(address);
    }
}
