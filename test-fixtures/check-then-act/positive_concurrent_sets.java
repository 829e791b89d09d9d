// contains/add on concurrent set fields: `if (!s.contains(x)) { s.add(x); ... }` and `if (s.contains(x)) return; s.add(x);` on sets from ConcurrentHashMap.newKeySet(), Collections.newSetFromMap(new ConcurrentHashMap<>()), ConcurrentSkipListSet and CopyOnWriteArraySet.
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArraySet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

@Service
class PaymentEventConsumer {

    private static final Logger log = LoggerFactory.getLogger(PaymentEventConsumer.class);

    record PaymentEvent(String eventId, String paymentId, long amountCents) {
    }

    private final Set<String> processedEventIds = ConcurrentHashMap.newKeySet();
    private final Set<String> capturedPayments = Collections.newSetFromMap(new ConcurrentHashMap<>());

    void onEvent(PaymentEvent event) {
        String eventId = event.eventId();
        if (!processedEventIds.contains(eventId)) { // expect: check-then-act "`processedEventIds`"
            processedEventIds.add(eventId);
            log.info("capturing {} cents for {}", event.amountCents(), event.paymentId());
            capture(event);
        }
    }

    private void capture(PaymentEvent event) {
        String paymentId = event.paymentId();
        if (capturedPayments.contains(paymentId)) return; // expect: check-then-act "`capturedPayments`"
        capturedPayments.add(paymentId);
        log.info("captured {}", paymentId);
    }
}

@Component
class ShardAssignmentTable {

    private final ConcurrentSkipListSet<Integer> ownedShards = new ConcurrentSkipListSet<>();

    boolean claim(int shard) {
        if (ownedShards.contains(shard)) { // expect: check-then-act "`ownedShards`"
            return false;
        }
        ownedShards.add(shard);
        return true;
    }
}

@Component
class CacheInvalidationListeners {

    interface Listener {
        void invalidated(String region, String key);
    }

    private static final Logger log = LoggerFactory.getLogger(CacheInvalidationListeners.class);

    private final CopyOnWriteArraySet<Listener> listeners = new CopyOnWriteArraySet<>();
    private final Set<String> regions = ConcurrentHashMap.newKeySet();

    void addListener(Listener listener) {
        if (!listeners.contains(listener)) { // expect: check-then-act "`listeners`"
            listeners.add(listener);
        }
    }

    void declareRegion(String region) {
        if (!this.regions.contains(region)) { // expect: check-then-act "`regions`"
            this.regions.add(region);
            log.info("cache region {} declared", region);
        }
    }
}
