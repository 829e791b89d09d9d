// A containsKey on another map than the one read, both filled by the program with its own keys: the read is not reported.
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

class QuotaRegistry {

    private final Map<String, Long> limits = new HashMap<>();
    private final Map<String, AtomicLong> usage = new HashMap<>();

    void limit(String tenant, long limit) {
        limits.put(tenant, limit);
    }

    void start(String tenant) {
        usage.put(tenant, new AtomicLong());
    }

    long use(String tenant) {
        if (!limits.containsKey(tenant)) {
            return -1;
        }
        return usage.get(tenant).incrementAndGet();
    }
}
