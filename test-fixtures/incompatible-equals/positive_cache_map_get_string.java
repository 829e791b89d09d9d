// An in-memory order cache keyed by Long that is read, checked and evicted with the String id from the request path.
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@Component
class OrderCache {

    private final Map<Long, PurchaseOrder> byId = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, Instant> loadedAt = new ConcurrentHashMap<>();

    void put(PurchaseOrder order) {
        byId.put(order.getId(), order);
        loadedAt.put(order.getId(), Instant.now());
    }

    Optional<PurchaseOrder> find(String id) {
        return Optional.ofNullable(byId.get(id)); // expect: incompatible-equals "`Long` with `String`"
    }

    boolean isCached(String id) {
        return byId.containsKey(id); // expect: incompatible-equals "`Long` with `String`"
    }

    void evict(String id) {
        byId.remove(id); // expect: incompatible-equals "`Long` with `String`"
        loadedAt.remove(id); // expect: incompatible-equals "`Long` with `String`"
    }

    boolean isStale(long id, Duration ttl) {
        Instant loaded = loadedAt.get(id);
        return loaded == null || loaded.plus(ttl).isBefore(Instant.now());
    }
}

@RestController
class OrderCacheController {

    private final OrderCache cache;

    OrderCacheController(OrderCache cache) {
        this.cache = cache;
    }

    @GetMapping("/cache/orders/{id}")
    ResponseEntity<PurchaseOrder> get(@PathVariable String id) {
        return cache.find(id).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @DeleteMapping("/cache/orders/{id}")
    ResponseEntity<Void> evict(@PathVariable String id) {
        cache.evict(id);
        return ResponseEntity.noContent().build();
    }
}
