// Request/reply over the billing queue: callers get a future per correlation id, and the
// reply listener completes it; futures left over at shutdown are failed.
package ignoredfutures.case26;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class PendingReplyRegistry {

    private static final Logger log = LoggerFactory.getLogger(PendingReplyRegistry.class);

    private final Map<String, CompletableFuture<ReplyMessage>> pending = new ConcurrentHashMap<>();

    public CompletableFuture<ReplyMessage> register(String correlationId, Duration timeout) {
        var future = new CompletableFuture<ReplyMessage>();
        if (pending.putIfAbsent(correlationId, future) != null) {
            throw new IllegalStateException("duplicate correlation id " + correlationId);
        }
        return future.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((reply, ex) -> pending.remove(correlationId, future));
    }

    public void complete(ReplyMessage reply) {
        CompletableFuture<ReplyMessage> future = pending.get(reply.correlationId());
        if (future == null) {
            log.warn("late or unknown reply {}", reply.correlationId());
            return;
        }
        if (reply.errorCode() != null) {
            future.completeExceptionally(new BillingException(reply.errorCode(), reply.payload()));
        } else {
            future.complete(reply);
        }
    }

    @PreDestroy
    void failAll() {
        var shutdown = new IllegalStateException("application shutting down");
        pending.values().forEach(f -> f.completeExceptionally(shutdown));
        pending.clear();
    }

    public static class BillingException extends RuntimeException {
        public BillingException(String code, String detail) {
            super(code + ": " + detail);
        }
    }
}
