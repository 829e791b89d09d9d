// Futures made in lambda bodies and method references whose function type returns them (map, thenCompose, flatMap, Supplier, Callable), so the result is passed on rather than dropped, then awaited.
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

record PriceQuote(String supplier, String sku, long priceInCents) {
}

interface PriceQuoteRepository extends ReactiveCrudRepository<PriceQuote, String> {
}

@Service
class QuoteAggregationService {

    private final ExecutorService quotePool;
    private final PriceQuoteRepository quotes;

    QuoteAggregationService(ExecutorService quotePool, PriceQuoteRepository quotes) {
        this.quotePool = quotePool;
        this.quotes = quotes;
    }

    long cheapest(String sku, List<String> suppliers) throws InterruptedException, ExecutionException {
        List<Future<PriceQuote>> requests = suppliers.stream()
                .map(supplier -> quotePool.submit(() -> ask(supplier, sku)))
                .toList();
        long best = Long.MAX_VALUE;
        for (Future<PriceQuote> request : requests) {
            best = Math.min(best, request.get().priceInCents());
        }
        return best;
    }

    PriceQuote quoteWithFallback(String sku) {
        Supplier<CompletableFuture<PriceQuote>> primary = () -> CompletableFuture.supplyAsync(() -> ask("primary", sku), quotePool);
        return primary.get()
                .thenCompose(q -> q.priceInCents() > 0 ? CompletableFuture.completedFuture(q)
                        : CompletableFuture.supplyAsync(() -> ask("fallback", sku), quotePool))
                .join();
    }

    Flux<PriceQuote> storeAll(Flux<PriceQuote> incoming) {
        return incoming.flatMap(quote -> quotes.save(quote))
                .concatMap(quotes::save);
    }

    Mono<Long> refresh(List<String> suppliers, String sku) {
        return Flux.fromIterable(suppliers)
                .map(supplier -> ask(supplier, sku))
                .flatMap(quotes::save)
                .count();
    }

    private PriceQuote ask(String supplier, String sku) {
        return new PriceQuote(supplier, sku, Math.abs((supplier + sku).hashCode() % 10_000));
    }
}
