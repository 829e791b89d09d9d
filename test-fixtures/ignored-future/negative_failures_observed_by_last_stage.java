// Fire-and-forget chains whose last stage looks at the failure: a Spring Kafka send ending in whenComplete that logs the exception, a JDK HttpClient sendAsync ending in exceptionally that logs and returns null, a supplyAsync chain ending in handle that counts failures, and a startup warm-up ending in whenComplete.
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

record PaymentEvent(String paymentId, String status) {
}

@Service
class PaymentEventRelay {

    private static final Logger log = LoggerFactory.getLogger(PaymentEventRelay.class);

    private final KafkaTemplate<String, PaymentEvent> kafka;

    PaymentEventRelay(KafkaTemplate<String, PaymentEvent> kafka) {
        this.kafka = kafka;
    }

    void relay(PaymentEvent event) {
        kafka.send("payments.events", event.paymentId(), event)
                .whenComplete((result, failure) -> {
                    if (failure != null) {
                        log.error("payment event {} not relayed", event.paymentId(), failure);
                    } else {
                        log.debug("payment event {} at offset {}", event.paymentId(), result.getRecordMetadata().offset());
                    }
                });
    }
}

@Component
class PartnerCallbackSender {

    private static final Logger log = LoggerFactory.getLogger(PartnerCallbackSender.class);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final Executor signingExecutor;
    private final LongAdder failedSignatures = new LongAdder();
    private final Map<String, String> signatures = new ConcurrentHashMap<>();

    PartnerCallbackSender(Executor signingExecutor) {
        this.signingExecutor = signingExecutor;
    }

    void notifyPartner(URI callback, String body) {
        var request = HttpRequest.newBuilder(callback)
                .timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenAccept(response -> log.info("partner {} answered {}", callback.getHost(), response.statusCode()))
                .exceptionally(failure -> {
                    log.warn("partner callback {} failed", callback, failure);
                    return null;
                });
    }

    void presign(String documentId) {
        CompletableFuture.supplyAsync(() -> sign(documentId), signingExecutor)
                .handle((signature, failure) -> {
                    if (failure != null) {
                        failedSignatures.increment();
                        log.error("signing {} failed", documentId, failure);
                        return false;
                    }
                    signatures.put(documentId, signature);
                    return true;
                });
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUpTls() {
        CompletableFuture.runAsync(() -> sign("warm-up"), signingExecutor)
                .whenComplete((ignored, failure) -> {
                    if (failure != null) {
                        log.warn("signing warm-up failed, first partner call will be slow", failure);
                    }
                });
    }

    private String sign(String documentId) {
        if (documentId.isBlank()) {
            throw new IllegalArgumentException("nothing to sign");
        }
        return Integer.toHexString(documentId.hashCode());
    }
}
