// Checks made inside loops, switch arms (arrow and colon forms) and lambdas that run immediately on the request thread (Iterable.forEach, Map.forEach, stream forEach): each is a check-then-act on the shared field.
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Service
class OrderLifecycleTracker {

    private static final Logger log = LoggerFactory.getLogger(OrderLifecycleTracker.class);

    enum EventType { CREATED, PAID, SHIPPED, CANCELLED }

    record OrderEvent(String orderId, EventType type, Instant at) {
    }

    private final ConcurrentMap<String, OrderEvent> openOrders = new ConcurrentHashMap<>();
    private final Set<String> shippedOrders = ConcurrentHashMap.newKeySet();

    void apply(OrderEvent event) {
        String orderId = event.orderId();
        switch (event.type()) {
            case CREATED -> {
                if (!openOrders.containsKey(orderId)) { // expect: check-then-act "`openOrders`"
                    openOrders.put(orderId, event);
                }
            }
            case CANCELLED -> openOrders.remove(orderId);
            default -> log.debug("{} for {}", event.type(), orderId);
        }
    }

    void applyLegacy(OrderEvent event) {
        String orderId = event.orderId();
        switch (event.type()) {
            case SHIPPED:
                if (!shippedOrders.contains(orderId)) { // expect: check-then-act "`shippedOrders`"
                    shippedOrders.add(orderId);
                    log.info("order {} shipped", orderId);
                }
                break;
            default:
                break;
        }
    }

    void replay(List<OrderEvent> events) {
        int i = 0;
        while (i < events.size()) {
            var event = events.get(i++);
            String orderId = event.orderId();
            if (openOrders.get(orderId) == null) { // expect: check-then-act "`openOrders`"
                openOrders.put(orderId, event);
            }
        }
    }
}

@RestController
class StockReservationController {

    record Line(String sku, int quantity) {
    }

    record ReservationRequest(String cartId, List<Line> lines, Map<String, Integer> extras) {
    }

    private final ConcurrentHashMap<String, Integer> reservedBySku = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> cartBySku = new ConcurrentHashMap<>();

    @PostMapping("/reservations")
    int reserve(@RequestBody ReservationRequest request) {
        request.lines().forEach(line -> {
            if (!reservedBySku.containsKey(line.sku())) { // expect: check-then-act "`reservedBySku`"
                reservedBySku.put(line.sku(), line.quantity());
            }
        });
        request.extras().forEach((sku, quantity) -> {
            if (cartBySku.get(sku) == null) { // expect: check-then-act "`cartBySku`"
                cartBySku.put(sku, request.cartId());
            }
        });
        request.lines().stream()
                .map(Line::sku)
                .filter(sku -> sku.startsWith("GIFT-"))
                .forEach(sku -> {
                    if (!cartBySku.containsKey(sku)) cartBySku.put(sku, request.cartId()); // expect: check-then-act "`cartBySku`"
                });
        return reservedBySku.size();
    }
}
