// Security audit events are buffered in memory and written to the database in batches,
// every five seconds or when a hundred are waiting.
package singletons.case39;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

@Service
public class SecurityAuditBuffer {

    private static final int BATCH_SIZE = 100;

    private final AuditEventRepository repository;
    private List<AuditEvent> pending = new ArrayList<>(); // shared

    public SecurityAuditBuffer(AuditEventRepository repository) {
        this.repository = repository;
    }

    public void record(String principal, String action, String target) {
        var buffer = pending;
        buffer.add(new AuditEvent(principal, action, target, Instant.now()));
        if (buffer.size() >= BATCH_SIZE) {
            flush();
        }
    }

    @Scheduled(fixedDelay = 5000)
    public void flush() {
        List<AuditEvent> batch = pending;
        if (batch.isEmpty()) {
            return;
        }
        repository.saveAll(List.copyOf(batch));
        batch.clear();
    }
}
