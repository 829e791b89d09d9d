// CompletableFuture combinators and stages dropped as statements: allOf and anyOf over freshly started tasks, thenCombine of two async quotes, an exceptionally stage that swallows the failure without looking at it, and orTimeout on a runAsync.
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

record CarrierQuote(String carrier, String orderId, BigDecimal price) {
}

record CatalogSection(String category, List<String> skus) {
}

@Service
class CatalogRefreshService {

    private static final Logger log = LoggerFactory.getLogger(CatalogRefreshService.class);

    private final Executor catalogExecutor;
    private final Map<String, CarrierQuote> cheapestByOrder = new ConcurrentHashMap<>();
    private final Map<String, List<String>> recommendations = new ConcurrentHashMap<>();

    CatalogRefreshService(Executor catalogExecutor) {
        this.catalogExecutor = catalogExecutor;
    }

    @Scheduled(fixedDelay = 600_000)
    void refreshCatalog() {
        CompletableFuture.allOf( // expect: ignored-future "`allOf()`"
                CompletableFuture.runAsync(() -> reindex("shoes"), catalogExecutor),
                CompletableFuture.runAsync(() -> reindex("bags"), catalogExecutor),
                CompletableFuture.runAsync(() -> reindex("watches"), catalogExecutor));
        log.info("catalog refresh started");
    }

    void warmSearchMirrors(List<String> mirrors) {
        CompletableFuture.anyOf(mirrors.stream() // expect: ignored-future "`anyOf()`"
                .map(mirror -> CompletableFuture.runAsync(() -> ping(mirror), catalogExecutor))
                .toArray(CompletableFuture[]::new));
    }

    void quoteShipping(String orderId) {
        CompletableFuture.supplyAsync(() -> quote("dhl", orderId), catalogExecutor) // expect: ignored-future "`thenCombine()`"
                .thenCombine(CompletableFuture.supplyAsync(() -> quote("ups", orderId), catalogExecutor), this::rememberCheaper);
    }

    void prefetchRecommendations(String customerId) {
        CompletableFuture.supplyAsync(() -> recommend(customerId), catalogExecutor) // expect: ignored-future "`exceptionally()`"
                .thenAccept(skus -> recommendations.put(customerId, skus))
                .exceptionally(ignored -> null);
    }

    void pushToSearchCluster(CatalogSection section) {
        CompletableFuture.runAsync(() -> upload(section), catalogExecutor).orTimeout(30, TimeUnit.SECONDS); // expect: ignored-future "`orTimeout()`"
    }

    private void reindex(String category) {
        if (category.isBlank()) {
            throw new IllegalArgumentException("no category");
        }
    }

    private void ping(String mirror) {
        log.debug("pinging search mirror {}", mirror);
    }

    private CarrierQuote quote(String carrier, String orderId) {
        return new CarrierQuote(carrier, orderId, BigDecimal.valueOf(Math.abs((carrier + orderId).hashCode() % 2_000), 2));
    }

    private CarrierQuote rememberCheaper(CarrierQuote first, CarrierQuote second) {
        var cheaper = first.price().compareTo(second.price()) <= 0 ? first : second;
        cheapestByOrder.put(cheaper.orderId(), cheaper);
        return cheaper;
    }

    private List<String> recommend(String customerId) {
        if (customerId.startsWith("guest-")) {
            throw new IllegalStateException("no history for guests");
        }
        return List.of("SKU-1", "SKU-2");
    }

    private void upload(CatalogSection section) {
        log.info("uploading {} skus of {}", section.skus().size(), section.category());
    }
}
