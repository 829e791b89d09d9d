package com.acme.pricing.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A small expiring cache for lookups that are cheap to repeat but slow to make.
 */
public class TtlCache<K, V> {

    private record Entry<V>(V value, Instant expiresAt) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final Clock clock;

    public TtlCache(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    public V get(K key, Function<? super K, ? extends V> loader) {
        Instant now = clock.instant();
        Entry<V> entry = entries.get(key);
        if (entry == null || now.isAfter(entry.expiresAt())) {
            V value = loader.apply(key);
            entries.put(key, new Entry<>(value, now.plus(ttl)));
            return value;
        }
        return entry.value();
    }

    public boolean isCached(K key) {
        return entries.containsKey(key);
    }

    public void invalidate(K key) {
        entries.remove(key);
    }
}
