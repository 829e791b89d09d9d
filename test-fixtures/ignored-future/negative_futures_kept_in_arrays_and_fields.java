// Futures kept and awaited in shapes not covered elsewhere: started into array elements then allOf(..).get with a timeout, a KafkaTemplate send waited for with get, sendAsync(..).thenApply(..) returned, anyOf(..).join() over two mirrors, orTimeout(..).join(), and a warm-up future held in a field and read by a readiness check.
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PostConstruct;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

record ArchivePart(String documentId, int index, byte[] content) {
}

@Service
class DocumentArchiveUploader {

    private final Executor uploadExecutor;

    DocumentArchiveUploader(Executor uploadExecutor) {
        this.uploadExecutor = uploadExecutor;
    }

    void uploadAll(List<ArchivePart> parts) throws InterruptedException, ExecutionException, TimeoutException {
        CompletableFuture<?>[] uploads = new CompletableFuture<?>[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            var part = parts.get(i);
            uploads[i] = CompletableFuture.runAsync(() -> store(part), uploadExecutor);
        }
        CompletableFuture.allOf(uploads).get(2, TimeUnit.MINUTES);
    }

    private void store(ArchivePart part) {
        if (part.content().length == 0) {
            throw new IllegalArgumentException("empty part " + part.index() + " of " + part.documentId());
        }
    }
}

@Service
class LedgerEventWriter {

    private final KafkaTemplate<String, String> kafka;

    LedgerEventWriter(KafkaTemplate<String, String> kafka) {
        this.kafka = kafka;
    }

    void writeSynchronously(String accountId, String entryJson) throws InterruptedException, ExecutionException, TimeoutException {
        kafka.send("ledger.entries", accountId, entryJson).get(10, TimeUnit.SECONDS);
    }
}

@Component
class RateMirrorClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Executor mirrorExecutor;

    RateMirrorClient(Executor mirrorExecutor) {
        this.mirrorExecutor = mirrorExecutor;
    }

    CompletableFuture<String> fetchRates(URI mirror) {
        var request = HttpRequest.newBuilder(mirror.resolve("/rates")).timeout(Duration.ofSeconds(5)).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(HttpResponse::body);
    }

    String fastestRates(URI primary, URI secondary) {
        Object rates = CompletableFuture.anyOf(fetchRates(primary), fetchRates(secondary)).join();
        return (String) rates;
    }

    void verifyMirror(URI mirror) {
        CompletableFuture.runAsync(() -> fetchRates(mirror).join(), mirrorExecutor)
                .orTimeout(15, TimeUnit.SECONDS)
                .join();
    }
}

@Component
class SearchIndexWarmup {

    private final Executor warmupExecutor;
    private CompletableFuture<Void> warmup = CompletableFuture.completedFuture(null);

    SearchIndexWarmup(Executor warmupExecutor) {
        this.warmupExecutor = warmupExecutor;
    }

    @PostConstruct
    void start() {
        warmup = CompletableFuture.runAsync(this::loadHotQueries, warmupExecutor);
    }

    boolean ready() {
        return warmup.isDone() && !warmup.isCompletedExceptionally();
    }

    private void loadHotQueries() {
        List.of("shoes", "bags").forEach(String::length);
    }
}
