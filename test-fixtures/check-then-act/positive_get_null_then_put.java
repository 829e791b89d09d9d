// `if (m.get(k) == null) m.put(k, v)` on concurrent map fields: declared ConcurrentHashMap or ConcurrentMap, declared Map and initialised with new ConcurrentHashMap<>() or Collections.synchronizedMap(..), including the `null == m.get(k)` spelling.
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

@Service
class TenantConnectionPools {

    record PoolConfig(String jdbcUrl, int maxSize, Duration idleTimeout) {
    }

    private final ConcurrentHashMap<String, PoolConfig> pools = new ConcurrentHashMap<>();

    PoolConfig poolFor(String tenantId) {
        if (pools.get(tenantId) == null) { // expect: check-then-act "`pools`"
            pools.put(tenantId, new PoolConfig("jdbc:postgresql://db/" + tenantId, 10, Duration.ofMinutes(5)));
        }
        return pools.get(tenantId);
    }
}

@Component
class DownstreamHealthTracker {

    record Health(String service, boolean up, Instant checkedAt) {
    }

    private final Map<String, Health> lastKnown = new ConcurrentHashMap<>();

    void recordFirstProbe(String service, boolean up) {
        if (lastKnown.get(service) == null)  // expect: check-then-act "`lastKnown`"
            lastKnown.put(service, new Health(service, up, Instant.now()));
    }
}

@Service
class UploadQuotaService {

    private final Map<String, Long> quotaBytesByAccount = Collections.synchronizedMap(new LinkedHashMap<>());

    long quotaFor(String accountId, String plan) {
        if (quotaBytesByAccount.get(accountId) == null) { // expect: check-then-act "`quotaBytesByAccount`"
            long quota = switch (plan) {
                case "free" -> 1L << 30;
                case "team" -> 50L << 30;
                default -> 5L << 30;
            };
            quotaBytesByAccount.put(accountId, quota);
        }
        return quotaBytesByAccount.get(accountId);
    }
}

@Component
class CorrelationIdAssigner {

    private final ConcurrentMap<Long, String> correlationByThread = new ConcurrentHashMap<>();

    String current(long threadId) {
        if (null == correlationByThread.get(threadId)) { // expect: check-then-act "`correlationByThread`"
            correlationByThread.put(threadId, java.util.UUID.randomUUID().toString());
        }
        return correlationByThread.get(threadId);
    }
}
