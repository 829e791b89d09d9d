// A generic expiring cache and id matcher whose type parameters K, V, T and ID may be bound to the compared type.
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

record CacheSlot<V>(V value, Instant expiresAt) {
}

class ExpiringCache<K, V> {

    private final Map<K, CacheSlot<V>> slots = new ConcurrentHashMap<>();

    V get(K key) {
        CacheSlot<V> slot = slots.get(key);
        return slot == null || slot.expiresAt().isBefore(Instant.now()) ? null : slot.value();
    }

    boolean contains(Object key) {
        return slots.containsKey(key);
    }

    static <T> boolean containsId(Collection<T> items, Long id) {
        return items.contains(id);
    }

    static <T> boolean sameAs(T candidate, String expected) {
        return candidate.equals(expected);
    }
}

class IdMatcher<ID> {

    private final ID id;

    IdMatcher(ID id) {
        this.id = id;
    }

    boolean matches(Long other) {
        return id.equals(other);
    }
}
