// Futures of messaging and HTTP clients dropped: Spring Kafka 3 KafkaTemplate.send (a CompletableFuture) in a listener and in a loop, the JDK HttpClient's sendAsync as a statement and as the body of an Optional.ifPresent lambda, and a future-returning method of a superclass of the scanned sources called unqualified.
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;

record StockLevel(String sku, String warehouse, int onHand) {
}

record WebhookEndpoint(String customerId, URI url) {
}

interface WebhookEndpointRepository {

    Optional<WebhookEndpoint> findByCustomerId(String customerId);
}

@Service
class StockLevelPublisher {

    private final KafkaTemplate<String, String> kafka;

    StockLevelPublisher(KafkaTemplate<String, String> kafka) {
        this.kafka = kafka;
    }

    @KafkaListener(topics = "warehouse.stock-counted", groupId = "inventory")
    void onStockCounted(String payload) {
        var level = parse(payload);
        kafka.send("inventory.stock-levels", level.sku(), payload); // expect: ignored-future "`send()`"
    }

    void republish(List<StockLevel> levels) {
        for (StockLevel level : levels) {
            kafka.send(new ProducerRecord<>("inventory.stock-levels", level.sku(), toJson(level))); // expect: ignored-future "`send()`"
        }
    }

    private StockLevel parse(String payload) {
        String[] parts = payload.split(";");
        return new StockLevel(parts[0], parts[1], Integer.parseInt(parts[2]));
    }

    private String toJson(StockLevel level) {
        return """
                {"sku":"%s","warehouse":"%s","onHand":%d}""".formatted(level.sku(), level.warehouse(), level.onHand());
    }
}

abstract class OutboundNotifier {

    private final Executor notificationExecutor;

    protected OutboundNotifier(Executor notificationExecutor) {
        this.notificationExecutor = notificationExecutor;
    }

    protected CompletableFuture<Void> publish(String channel, String message) {
        return CompletableFuture.runAsync(() -> deliver(channel, message), notificationExecutor);
    }

    protected abstract void deliver(String channel, String message);
}

@Service
class CustomerWebhookNotifier extends OutboundNotifier {

    private static final Logger log = LoggerFactory.getLogger(CustomerWebhookNotifier.class);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final WebhookEndpointRepository endpoints;

    CustomerWebhookNotifier(Executor notificationExecutor, WebhookEndpointRepository endpoints) {
        super(notificationExecutor);
        this.endpoints = endpoints;
    }

    void orderShipped(String customerId, String orderId) {
        publish("slack:#shipping", "order " + orderId + " shipped"); // expect: ignored-future "`publish()`"
        endpoints.findByCustomerId(customerId)
                .ifPresent(endpoint -> http.sendAsync(shippedRequest(endpoint, orderId), HttpResponse.BodyHandlers.discarding())); // expect: ignored-future "`sendAsync()`"
    }

    void ping(URI healthUrl) {
        var request = HttpRequest.newBuilder(healthUrl).timeout(Duration.ofSeconds(2)).GET().build();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString()); // expect: ignored-future "`sendAsync()`"
    }

    @Override
    protected void deliver(String channel, String message) {
        log.info("[{}] {}", channel, message);
    }

    private HttpRequest shippedRequest(WebhookEndpoint endpoint, String orderId) {
        return HttpRequest.newBuilder(endpoint.url())
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"event\":\"order.shipped\",\"orderId\":\"" + orderId + "\"}"))
                .build();
    }
}
