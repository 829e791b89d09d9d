package com.streamhouse.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Drops events that the broker delivers a second time after a consumer rebalance.
 */
@Component
public class RedeliveryFilter {

    private static final Logger log = LoggerFactory.getLogger(RedeliveryFilter.class);

    private final Map<String, InboundEvent> lastByKey = new ConcurrentHashMap<>();

    public boolean isNew(InboundEvent event) {
        InboundEvent previous = lastByKey.put(event.key(), event);
        if (previous != null && sameDelivery(previous, event)) {
            log.debug("Dropping redelivered event {}@{}", event.key(), event.offset());
            return false;
        }
        return true;
    }

    static boolean sameDelivery(InboundEvent left, InboundEvent right) {
        if (!left.topic().equals(right.topic()) || left.offset() != right.offset()) {
            return false;
        }
        return left.partition() == right.partition();
    }
}
