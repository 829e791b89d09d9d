package nulls.case39;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

@Service
public class AuditTrailService {

    public enum RetentionClass { SHORT_TERM, LONG_TERM }

    public record AuditEvent(String actor, String action, String target, Instant at, RetentionClass retention) {
    }

    public interface AuditSink {
        void write(AuditEvent event);
    }

    private final AuditSink primarySink;

    @Nullable
    private AuditSink archiveSink;

    public AuditTrailService(AuditSink primarySink) {
        this.primarySink = primarySink;
    }

    @Autowired(required = false)
    public void setArchiveSink(AuditSink archiveSink) {
        this.archiveSink = archiveSink;
    }

    public void record(String actor, String action, String target, RetentionClass retention) {
        AuditEvent event = new AuditEvent(actor, action, target, Instant.now(), retention);
        primarySink.write(event);
        if (retention == RetentionClass.LONG_TERM) {
            archiveSink.write(event); // deref
        }
    }
}
