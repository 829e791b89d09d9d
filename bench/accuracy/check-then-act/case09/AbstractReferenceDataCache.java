// Base class of the reference-data lookups: an in-memory map per lookup, a loading helper and
// the eviction hook the admin endpoint calls.
package checkthenact.case09;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

public abstract class AbstractReferenceDataCache<K, V> {

    protected final Map<K, V> entries = new ConcurrentHashMap<>();

    protected V cached(K key, Function<? super K, ? extends V> loader) {
        return entries.computeIfAbsent(key, loader);
    }

    public void evictAll() {
        entries.clear();
    }

    public int size() {
        return entries.size();
    }

    public abstract String name();
}
