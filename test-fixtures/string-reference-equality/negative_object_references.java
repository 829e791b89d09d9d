// A cache and lock manager that compares Object and entity references with == on purpose (identity checks).
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

class CachedCustomer {

    private final String id;

    CachedCustomer(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }
}

public class CustomerCacheManager {

    private final Object writeLock = new Object();
    private final Map<String, CachedCustomer> cache = new ConcurrentHashMap<>();

    public boolean isWriteLock(Object monitor) {
        return monitor == writeLock;
    }

    public boolean isCachedInstance(CachedCustomer customer) {
        CachedCustomer cached = cache.get(customer.id());
        return cached == customer;
    }

    public boolean replaced(Object before, Object after) {
        return before != after;
    }

    public boolean sameAttribute(Map<String, Object> attributes, String key, Object value) {
        return attributes.get(key) == value;
    }
}
