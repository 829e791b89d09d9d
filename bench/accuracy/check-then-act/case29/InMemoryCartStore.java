// Carts of anonymous visitors, kept in memory per visitor id until checkout or until the
// nightly cleanup drops carts idle for a day.
package checkthenact.case29;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class InMemoryCartStore {

    private final Map<String, VisitorCart> carts = new HashMap<>();
    private final Clock clock;

    public InMemoryCartStore(Clock clock) {
        this.clock = clock;
    }

    public synchronized VisitorCart cartOf(String visitorId) {
        if (!carts.containsKey(visitorId)) {
            carts.put(visitorId, new VisitorCart(visitorId, Instant.now(clock)));
        }
        return carts.get(visitorId);
    }

    public synchronized void addItem(String visitorId, String sku, int quantity) {
        cartOf(visitorId).add(sku, quantity, Instant.now(clock));
    }

    public synchronized List<VisitorCart.Line> lines(String visitorId) {
        var cart = carts.get(visitorId);
        return cart == null ? List.of() : cart.snapshot();
    }

    public synchronized VisitorCart checkout(String visitorId) {
        return carts.remove(visitorId);
    }

    @Scheduled(cron = "0 30 3 * * *")
    public synchronized void dropIdleCarts() {
        var cutoff = Instant.now(clock).minus(Duration.ofDays(1));
        carts.values().removeIf(cart -> cart.lastChange().isBefore(cutoff));
    }
}
