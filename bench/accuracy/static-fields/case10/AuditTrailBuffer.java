// Audit trail buffer: request handlers record events, a scheduler flushes them to the store
// every few seconds.
package staticfields.case10;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class AuditTrailBuffer {

    private static final Logger log = LoggerFactory.getLogger(AuditTrailBuffer.class);
    private static final int FLUSH_BATCH = 500;
    private static final List<AuditEvent> PENDING_EVENTS = new ArrayList<>(); // static

    private final AuditEventStore store;

    public AuditTrailBuffer(AuditEventStore store) {
        this.store = store;
    }

    public void record(String actor, String action, String target) {
        var pending = PENDING_EVENTS;
        pending.add(new AuditEvent(actor, action, target, Instant.now()));
    }

    @Scheduled(fixedDelay = 5_000)
    public void flush() {
        var drained = PENDING_EVENTS;
        if (drained.isEmpty()) {
            return;
        }
        var batch = List.copyOf(drained);
        drained.clear();
        for (int from = 0; from < batch.size(); from += FLUSH_BATCH) {
            store.insertAll(batch.subList(from, Math.min(from + FLUSH_BATCH, batch.size())));
        }
        log.debug("flushed {} audit events", batch.size());
    }
}
