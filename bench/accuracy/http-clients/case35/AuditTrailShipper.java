// Audit trail shipping: events are posted asynchronously to the audit collector over the JDK
// HttpClient and the batch joins the futures.
package httpclients.case35;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class AuditTrailShipper {

    private static final Logger log = LoggerFactory.getLogger(AuditTrailShipper.class);

    private final HttpClient client;
    private final URI collectorUri;

    public AuditTrailShipper(@Value("${audit.collector-url}") URI collectorUri) {
        this.collectorUri = collectorUri;
        this.client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(1))
                .build();
    }

    public CompletableFuture<Integer> ship(AuditEvent event) {
        String json = """
                {"actor": "%s", "action": "%s", "at": "%s"}
                """.formatted(event.actor(), event.action(), event.at());
        HttpRequest request = HttpRequest.newBuilder(collectorUri) // hang
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json))
                .build();
        return client.sendAsync(request, BodyHandlers.discarding())
                .thenApply(HttpResponse::statusCode)
                .exceptionally(ex -> {
                    log.warn("audit event of {} not shipped", event.actor(), ex);
                    return -1;
                });
    }

    public void shipBatch(List<AuditEvent> events) {
        CompletableFuture.allOf(events.stream().map(this::ship).toArray(CompletableFuture[]::new)).join();
    }

    public record AuditEvent(String actor, String action, Instant at) {
    }
}
